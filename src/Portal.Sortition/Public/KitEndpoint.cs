using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Processes.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>
/// <c>GET /demarches/{slug}/tirage/kit.zip[?tirage={id}]</c>: the verification kit of the process's latest draw (or of
/// an earlier one), once revealed and only if its commitment was public before the randomness;
/// <c>GET /demarches/{slug}/tirage/probabilites.csv[?tirage={id}]</c>: each volunteer's chance under a committed lottery
/// (public with the commitment, so anyone can check the stated minimum).
/// </summary>
internal static class KitEndpoint
{
    public static IEndpointRouteBuilder MapKit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDrawFile("kit.zip", shown => shown.ResultShown ? SortitionService.KitOf(shown.Draw) : null, "application/zip");
        endpoints.MapDrawFile("probabilites.csv", shown => SortitionService.ProbabilitiesOf(shown.Draw), "text/csv; charset=utf-8");
        return endpoints;
    }

    private static void MapDrawFile(this IEndpointRouteBuilder endpoints, string name, Func<PublicDraw, byte[]?> content, string contentType) =>
        endpoints.MapGet("/demarches/{slug}/tirage/" + name, async (string slug, string? tirage, ProcessReader processes, SortitionService draws, CancellationToken cancellationToken) =>
        {
            // Only a published process exposes its draws, and only what the public history shows of them.
            if (await processes.GetBySlugAsync(slug, cancellationToken) is null)
            {
                return Results.NotFound();
            }

            var history = await draws.PublicHistoryAsync(slug, cancellationToken);
            var shown = history.Where(d => tirage is null || d.Draw.Id == tirage).Select(d => (Draw: d, Bytes: content(d))).FirstOrDefault(d => d.Bytes is not null);
            return shown.Bytes is null
                ? Results.NotFound()
                : Results.File(shown.Bytes, contentType, $"tirage-{slug}-{shown.Draw.Draw.Round}-{name}");
        }).ExcludeFromDescription();
}
