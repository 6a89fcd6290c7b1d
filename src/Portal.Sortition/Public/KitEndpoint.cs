using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Processes.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary><c>GET /demarches/{slug}/tirage/kit.zip</c>: the verification kit of the process's draw, once revealed.</summary>
internal static class KitEndpoint
{
    public static IEndpointRouteBuilder MapKit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demarches/{slug}/tirage/kit.zip", async (string slug, ProcessReader processes, SortitionService draws, CancellationToken cancellationToken) =>
        {
            // Only a published process exposes its draw.
            if (await processes.GetBySlugAsync(slug, cancellationToken) is null
                || await draws.LatestForProcessAsync(slug, cancellationToken) is not { } draw
                || SortitionService.KitOf(draw) is not { } kit)
            {
                return Results.NotFound();
            }

            return Results.File(kit, "application/zip", $"tirage-{slug}-kit.zip");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
