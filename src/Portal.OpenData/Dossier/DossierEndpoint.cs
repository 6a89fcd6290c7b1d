using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Reading;
using Portal.Processes.Public;

namespace Portal.OpenData.Dossier;

/// <summary><c>/demarches/{slug}/dossier.docx</c>: the process's dossier, cached until its next publication.</summary>
internal static class DossierEndpoint
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly OutputCacheAttribute OneProcess = new() { PolicyName = PublicCache.PolicyName };

    public static IEndpointRouteBuilder MapDossier(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demarches/{slug}/dossier.docx", WriteAsync).WithMetadata(OneProcess).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(
        string slug, HttpContext context, PublishedContentReader reader, SiteSettingsStore settings, IEnumerable<IProcessGovernanceSource> governance, PublicSite site, CancellationToken cancellationToken)
    {
        if (await reader.ReadOneAsync(slug, cancellationToken) is not { } snapshot)
        {
            return Results.NotFound();
        }

        var process = snapshot.Processes[0];
        PublicCache.TagProcess(context, process.Root.Id);

        // The stamps name the process's own COPIL when it has one, as its pages do.
        var (labels, _) = await ProcessGovernances.ReadAsync(governance, await settings.GetAsync(cancellationToken), process.Root.Id, cancellationToken);
        return Results.File(ProcessDossier.Write(process, labels, site.Url($"/demarches/{slug}")), WordType, $"dossier-{slug}.docx");
    }
}
