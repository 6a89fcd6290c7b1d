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

/// <summary>
/// <c>/demarches/{slug}/dossier.{docx|pdf}</c> and <c>/demarches/{slug}/rapport-propositions.{docx|pdf}?saisine=…</c>:
/// the process's dossier and its propositions reports, cached until the process's next publication.
/// </summary>
internal static class DossierEndpoint
{
    private static readonly OutputCacheAttribute OneProcess = new() { PolicyName = PublicCache.PolicyName, VaryByQueryKeys = ["saisine"] };

    public static IEndpointRouteBuilder MapDossier(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demarches/{slug}/dossier.{format}", DossierAsync).WithMetadata(OneProcess).ExcludeFromDescription();
        endpoints.MapGet("/demarches/{slug}/rapport-propositions.{format}", ReportAsync).WithMetadata(OneProcess).ExcludeFromDescription();
        return endpoints;
    }

    private static Task<IResult> DossierAsync(string slug, string format, HttpContext context, DossierSources sources, CancellationToken cancellationToken) =>
        WriteAsync(slug, format, context, sources, (writer, process, labels, permalink) =>
            (ProcessDossier.Write(writer, process, labels, permalink), $"dossier-{slug}"), cancellationToken);

    private static Task<IResult> ReportAsync(string slug, string format, string? saisine, HttpContext context, DossierSources sources, CancellationToken cancellationToken) =>
        WriteAsync(slug, format, context, sources, (writer, process, labels, permalink) =>
            PropositionsReport.Scopes(process).FirstOrDefault(s => s.Key == (string.IsNullOrEmpty(saisine) ? null : saisine)) is { } scope
                ? (PropositionsReport.Write(writer, process, scope, labels, permalink), $"rapport-propositions-{slug}" + (scope.Key is null ? string.Empty : "-" + scope.Key))
                : null, cancellationToken);

    private static async Task<IResult> WriteAsync(
        string slug, string extension, HttpContext context, DossierSources sources,
        Func<IDossierWriter, PublishedProcessContent, SiteSettings, string, (byte[] Bytes, string Name)?> write, CancellationToken cancellationToken)
    {
        if (DossierFormat.Of(extension) is not { } format || await sources.Reader.ReadOneAsync(slug, cancellationToken) is not { } snapshot)
        {
            return Results.NotFound();
        }

        var process = snapshot.Processes[0];
        PublicCache.TagProcess(context, process.Root.Id);

        // The stamps name the process's own COPIL when it has one, as its pages do.
        var (labels, _) = await ProcessGovernances.ReadAsync(sources.Governance, await sources.Settings.GetAsync(cancellationToken), process.Root.Id, cancellationToken);
        try
        {
            using var writer = format.Create();
            return write(writer, process, labels, sources.Site.Url($"/demarches/{slug}")) is { } file
                ? Results.File(file.Bytes, format.MediaType, $"{file.Name}.{format.Extension}")
                : Results.NotFound();
        }
        catch (PdfFontsMissingException)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Le dossier PDF ne peut pas être produit sur ce serveur",
                detail: "La police DejaVu Sans n'y est pas installée (paquet fonts-dejavu-core). Le dossier Word reste disponible.");
        }
    }
}

/// <summary>What the dossier endpoints read, injected as one.</summary>
internal sealed record DossierSources(PublishedContentReader Reader, SiteSettingsStore Settings, IEnumerable<IProcessGovernanceSource> Governance, PublicSite Site);
