using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Processes.Public;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>
/// <c>GET /demarches/{slug}/tirage/kit.zip</c>: the verification kit of the process's draw, once revealed;
/// <c>GET /demarches/{slug}/tirage/probabilites.csv</c>: each volunteer's chance under a committed lottery
/// (public with the commitment, so anyone can check the stated minimum).
/// </summary>
internal static class KitEndpoint
{
    public static IEndpointRouteBuilder MapKit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDrawFile("kit.zip", SortitionService.KitOf, "application/zip");
        endpoints.MapDrawFile("probabilites.csv", SortitionService.ProbabilitiesOf, "text/csv; charset=utf-8");
        return endpoints;
    }

    private static void MapDrawFile(this IEndpointRouteBuilder endpoints, string name, Func<SortitionDraw, byte[]?> content, string contentType) =>
        endpoints.MapGet("/demarches/{slug}/tirage/" + name, async (string slug, ProcessReader processes, SortitionService draws, CancellationToken cancellationToken) =>
        {
            // Only a published process exposes its draw.
            if (await processes.GetBySlugAsync(slug, cancellationToken) is null
                || await draws.LatestForProcessAsync(slug, cancellationToken) is not { } draw
                || content(draw) is not { } bytes)
            {
                return Results.NotFound();
            }

            return Results.File(bytes, contentType, $"tirage-{slug}-{name}");
        }).ExcludeFromDescription();
}
