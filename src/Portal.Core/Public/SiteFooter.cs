using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Public;

/// <summary>A link of the site's footer: the mandatory mentions (accessibility, legal notice, personal data, site map) and whatever a module adds (open data).</summary>
public sealed record FooterLink(string Text, string Href, int Order = 100);

/// <summary>A module's links in the footer of every public page; the theme renders them without knowing the modules.</summary>
public interface IFooterLinkSource
{
    Task<IReadOnlyList<FooterLink>> LinksAsync(CancellationToken cancellationToken);
}

/// <summary>Every module's footer links, in order.</summary>
public sealed class SiteFooter(IEnumerable<IFooterLinkSource> sources)
{
    public async Task<IReadOnlyList<FooterLink>> LinksAsync(CancellationToken cancellationToken)
    {
        var links = new List<FooterLink>();
        foreach (var source in sources)
        {
            links.AddRange(await source.LinksAsync(cancellationToken));
        }

        return [.. links.OrderBy(l => l.Order).ThenBy(l => l.Text, StringComparer.Ordinal)];
    }
}

public static class SiteFooterRegistration
{
    public static IServiceCollection AddFooterLinks<TSource>(this IServiceCollection services)
        where TSource : class, IFooterLinkSource
    {
        services.AddScoped<IFooterLinkSource, TSource>();
        return services;
    }
}
