using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Processes.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>
/// <c>GET /demarches/{slug}/tirage/kit.zip[?tirage={id}]</c>: the verification kit of the process's latest
/// draw (or of an earlier one), once revealed and only if its commitment was public before the randomness.
/// </summary>
internal static class KitEndpoint
{
    public static IEndpointRouteBuilder MapKit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demarches/{slug}/tirage/kit.zip", async (string slug, string? tirage, ProcessReader processes, SortitionService draws, CancellationToken cancellationToken) =>
        {
            // Only a published process exposes its draw.
            if (await processes.GetBySlugAsync(slug, cancellationToken) is null
                || (await draws.PublicHistoryAsync(slug, cancellationToken)).FirstOrDefault(d => tirage is null ? d.ResultShown : d.Draw.Id == tirage) is not { ResultShown: true } shown
                || SortitionService.KitOf(shown.Draw) is not { } kit)
            {
                return Results.NotFound();
            }

            return Results.File(kit, "application/zip", $"tirage-{slug}-{shown.Draw.Round}-kit.zip");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
