using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Public;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.OpenData.Datasets;

/// <summary>
/// One published process as a recipe (<c>recette.json</c>): the steps the modules give for it (<see cref="IProcessRecipePart"/>:
/// the process and its sections, its news, its committees as published, the documents they point to), which
/// <c>recipes apply</c> or a first start loads into another portal to publish the same pages. Besides <c>name</c> and
/// <c>steps</c>, which recipes read, it says where it comes from and under which licence, as every open-data file does.
/// </summary>
public sealed class ProcessRecipe(IEnumerable<IProcessRecipePart> parts, ProcessDirectory directory, SiteSettingsStore settings, PublicSite site)
{
    /// <summary>The file's name inside a process's ZIP.</summary>
    public const string FileName = "recette.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string PathOf(string slug) => $"/donnees/demarches/{slug}.recette.json";

    /// <summary>The recipe of the process published at <paramref name="slug"/>, or null when none is.</summary>
    public async Task<byte[]?> JsonAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (await directory.IdOfSlugAsync(slug, cancellationToken) is not { } id)
        {
            return null;
        }

        var media = new HashSet<string>(StringComparer.Ordinal);
        var steps = new JsonArray();
        foreach (var part in parts.OrderBy(p => p.Order))
        {
            if (await part.StepAsync(new ProcessRecipeScope(id, slug, media), cancellationToken) is { } step)
            {
                CollectMedia(step, media);
                steps.Add(step);
            }
        }

        var licence = OpenDataLicence.Of(await settings.GetAsync(cancellationToken));
        var recipe = new JsonObject
        {
            ["name"] = "demarche-" + slug,
            ["source"] = site.Url($"/demarches/{slug}"),
            ["licence"] = licence.Url,
            ["licence_titre"] = licence.Title,
            ["steps"] = steps,
        };
        return JsonSerializer.SerializeToUtf8Bytes(recipe, Indented);
    }

    /// <summary>The media ids a step points to: every <c>mediaId</c> and <c>imageId</c> value, wherever it sits.</summary>
    private static void CollectMedia(JsonNode? node, HashSet<string> media)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var (name, value) in item)
                {
                    if (name is "mediaId" or "imageId" && value is JsonValue text && text.TryGetValue<string>(out var id))
                    {
                        media.Add(id);
                    }
                    else
                    {
                        CollectMedia(value, media);
                    }
                }

                break;
            case JsonArray list:
                foreach (var value in list)
                {
                    CollectMedia(value, media);
                }

                break;
        }
    }
}
