using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.News;

/// <summary>What every news item obeys, from a recipe or the back office; paths are relative to the item.</summary>
public static class NewsRules
{
    public static void Check(NewsItem item, Action<string, string> report)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(item.Title))
        {
            report("title", "le titre ne peut pas être vide");
        }

        if (!Slugs.Pattern().IsMatch(item.Slug))
        {
            report("slug", "l'adresse (slug) ne contient que des minuscules sans accent, des chiffres et des tirets");
        }

        if (string.IsNullOrWhiteSpace(item.Summary))
        {
            report("summary", "le résumé ne peut pas être vide");
        }

        if (item.ImageId is { Length: > 0 } && string.IsNullOrWhiteSpace(item.ImageAlt))
        {
            report("imageAlt", "une image s'accompagne de son texte alternatif (ce qu'elle montre, pour qui ne la voit pas)");
        }

        if (item.ImageId is { Length: > 0 } id && !Portal.Media.Storage.MediaStorage.IsId(id))
        {
            report("imageId", "identifiant de média invalide (32 caractères hexadécimaux) : copiez-le depuis la médiathèque");
        }
    }
}

/// <summary>Applies <see cref="NewsRules"/> in the back office's editor.</summary>
internal sealed class NewsValidator : IContentValidator
{
    public IEnumerable<(string Path, string Message)> Validate(object content, SiteSettings settings)
    {
        var problems = new List<(string, string)>();
        if (content is NewsItem item)
        {
            NewsRules.Check(item, (path, message) => problems.Add((path, message)));
        }

        return problems;
    }
}
