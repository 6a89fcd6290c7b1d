using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Caching;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Catalogue;
using Portal.Processes.Organisations;
using Portal.Processes.Public;

namespace Portal.OpenData.Datasets;

/// <summary>
/// The open-data files: each dataset as CSV and JSON, its Table Schema, one process's ZIP and the DCAT catalogue. Served
/// from the public output cache, which every publication evicts (tag <c>lists</c>, or the process's own tag).
/// </summary>
internal static class DataEndpoints
{
    private static readonly OutputCacheAttribute SiteWide = new() { PolicyName = PublicCache.PolicyName, Tags = [PublicCache.ListsTag] };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly OutputCacheAttribute OneProcess = new() { PolicyName = PublicCache.PolicyName };

    public static IEndpointRouteBuilder MapDataFiles(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/donnees").ExcludeFromDescription().RequireCors(OpenDataModule.CorsPolicy);
        group.MapGet("/{name}.csv", CsvAsync).WithMetadata(SiteWide);
        group.MapGet("/{name}.json", JsonAsync).WithMetadata(SiteWide);
        group.MapGet("/schemas/{name}/{version}/schema.json", SchemaAsync).WithMetadata(SiteWide);
        group.MapGet("/demarches/{slug}.zip", ZipAsync).WithMetadata(OneProcess);
        group.MapGet("/demarches/{slug}.recette.json", RecipeAsync).WithMetadata(OneProcess);
        group.MapGet("/catalogue.jsonld", CatalogueAsync).WithMetadata(SiteWide);
        return endpoints;
    }

    private static async Task<IResult> CsvAsync(string name, string? organisation, OpenDataFiles files, OrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        if (files.Datasets.FirstOrDefault(d => d.Name == name) is not { } dataset
            || await ViewAsync(files, organisations, organisation, cancellationToken) is not { } view)
        {
            return Results.NotFound();
        }

        var file = string.IsNullOrWhiteSpace(organisation) ? dataset.Name : $"{dataset.Name}-{organisation}";
        return Results.File(OpenDataFiles.Csv(dataset, view), "text/csv; charset=utf-8", $"{file}.csv");
    }

    private static async Task<IResult> JsonAsync(string name, string? organisation, OpenDataFiles files, OrganisationDirectory organisations, CancellationToken cancellationToken)
    {
        if (files.Datasets.FirstOrDefault(d => d.Name == name) is not { } dataset
            || await ViewAsync(files, organisations, organisation, cancellationToken) is not { } view)
        {
            return Results.NotFound();
        }

        return Results.Bytes(files.Json(dataset, view), "application/json; charset=utf-8");
    }

    /// <summary>
    /// Every published process, or those of one organisation (<c>?organisation=</c> its address): the same columns and
    /// schema, fewer rows. Null for an organisation the portal does not know. A change of owner evicts the lists' tag.
    /// </summary>
    private static async Task<OpenDataView?> ViewAsync(OpenDataFiles files, OrganisationDirectory organisations, string? organisation, CancellationToken cancellationToken)
    {
        var view = await files.ReadAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return view;
        }

        if (!await organisations.ExistsAsync(organisation, cancellationToken))
        {
            return null;
        }

        var owned = (await organisations.ProcessIdsOfSlugAsync(organisation, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return view with { Snapshot = view.Snapshot with { Processes = [.. view.Snapshot.Processes.Where(p => owned.Contains(p.Root.Id))] } };
    }

    private static async Task<IResult> SchemaAsync(string name, string version, OpenDataFiles files, SiteSettingsStore settings, CancellationToken cancellationToken)
    {
        if (version != Dataset.SchemaVersion || files.Datasets.FirstOrDefault(d => d.Name == name) is not { } dataset)
        {
            return Results.NotFound();
        }

        return Results.Bytes(files.Schema(dataset, await settings.GetAsync(cancellationToken)), "application/schema+json; charset=utf-8");
    }

    private static async Task<IResult> ZipAsync(string slug, HttpContext context, OpenDataFiles files, ProcessRecipe recipe, CancellationToken cancellationToken)
    {
        if (await files.ReadAsync(slug, cancellationToken) is not { } view || await recipe.JsonAsync(slug, cancellationToken) is not { } json)
        {
            return Results.NotFound();
        }

        PublicCache.TagProcess(context, view.Snapshot.Processes[0].Root.Id);
        return Results.File(files.Zip(view, json), "application/zip", $"demarche-{slug}.zip");
    }

    private static async Task<IResult> RecipeAsync(string slug, HttpContext context, ProcessRecipe recipe, ProcessDirectory directory, CancellationToken cancellationToken)
    {
        if (await directory.IdOfSlugAsync(slug, cancellationToken) is not { } id || await recipe.JsonAsync(slug, cancellationToken) is not { } json)
        {
            return Results.NotFound();
        }

        PublicCache.TagProcess(context, id);
        return Results.File(json, "application/json; charset=utf-8", $"demarche-{slug}.recette.json");
    }

    private static async Task<IResult> CatalogueAsync(OpenDataFiles files, PublicSite site, CancellationToken cancellationToken)
    {
        var view = await files.ReadAsync(cancellationToken);
        var catalogue = DcatCatalogue.Build(view, files.Datasets, site);
        return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(catalogue, Indented), "application/ld+json; charset=utf-8");
    }
}
