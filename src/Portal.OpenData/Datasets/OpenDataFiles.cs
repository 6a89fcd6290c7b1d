using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.OpenData.Reading;

namespace Portal.OpenData.Datasets;

/// <summary>The open-data files of the whole site or of one process, from one read of what is published.</summary>
public sealed class OpenDataFiles(PublishedContentReader reader, DatasetList datasets, SiteSettingsStore settings, PublicSite site)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyList<Dataset> Datasets => datasets.All;

    /// <summary>Everything published now, with what the files need to label and link it.</summary>
    public async Task<OpenDataView> ReadAsync(CancellationToken cancellationToken = default) =>
        await ViewAsync(await reader.ReadAllAsync(cancellationToken), cancellationToken);

    /// <summary>One published process, or null when none is published at this address.</summary>
    public async Task<OpenDataView?> ReadAsync(string slug, CancellationToken cancellationToken = default) =>
        await reader.ReadOneAsync(slug, cancellationToken) is { } snapshot ? await ViewAsync(snapshot, cancellationToken) : null;

    private async Task<OpenDataView> ViewAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken) =>
        new(snapshot, new DatasetContext(await settings.GetAsync(cancellationToken), site));

    public static byte[] Csv(Dataset dataset, OpenDataView view)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(view);
        return DatasetFiles.Csv(dataset, dataset.Rows(view.Context, view.Snapshot.Processes));
    }

    public byte[] Json(Dataset dataset, OpenDataView view)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(view);
        return DatasetFiles.Json(dataset, [.. dataset.Rows(view.Context, view.Snapshot.Processes)], view.Metadata(site));
    }

    public byte[] Schema(Dataset dataset, SiteSettings siteSettings) =>
        JsonSerializer.SerializeToUtf8Bytes(DatasetFiles.Schema(dataset, site, siteSettings), Indented);

    /// <summary>
    /// One process's files in a ZIP: each dataset as CSV and JSON, its Table Schema, and a <c>datapackage.json</c>
    /// (frictionless Tabular Data Package) that names them, their schema and the licence; and the process as a recipe
    /// (<see cref="ProcessRecipe.FileName"/>), left out of the package's resources, which must all be tables.
    /// </summary>
    public byte[] Zip(OpenDataView view, byte[] recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(view);
        var process = view.Snapshot.Processes.Single();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var stamp = new DateTimeOffset(DateTime.SpecifyKind(process.LastPublishedUtc, DateTimeKind.Utc));
            void Add(string name, byte[] content)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(content);
            }

            var licence = OpenDataLicence.Of(view.Context.Site);
            var resources = new JsonArray();
            foreach (var dataset in datasets.All)
            {
                Add($"{dataset.Name}.csv", Csv(dataset, view));
                Add($"{dataset.Name}.json", Json(dataset, view));
                Add($"schemas/{dataset.Name}.schema.json", Schema(dataset, view.Context.Site));
                resources.Add(new JsonObject
                {
                    ["name"] = dataset.Name,
                    ["title"] = dataset.Title,
                    ["path"] = $"{dataset.Name}.csv",
                    ["profile"] = "tabular-data-resource",
                    ["format"] = "csv",
                    ["mediatype"] = "text/csv",
                    ["encoding"] = "utf-8",
                    ["schema"] = $"schemas/{dataset.Name}.schema.json",
                });
            }

            var package = new JsonObject
            {
                ["profile"] = "tabular-data-package",
                ["name"] = "demarche-" + process.Slug,
                ["title"] = process.Root.Content.Title,
                ["homepage"] = view.Context.ProcessUrl(process),
                ["created"] = DatasetValues.Instant(view.Snapshot.GeneratedUtc),
                ["licenses"] = new JsonArray(new JsonObject { ["name"] = licence.Spdx, ["title"] = licence.Title, ["path"] = licence.Url }),
                ["resources"] = resources,
            };
            Add("datapackage.json", JsonSerializer.SerializeToUtf8Bytes(package, Indented));
            Add(ProcessRecipe.FileName, recipe);
        }

        return buffer.ToArray();
    }
}

/// <summary>One read of what is published, and the labels and addresses the files use.</summary>
public sealed record OpenDataView(PublishedSnapshot Snapshot, DatasetContext Context)
{
    public DatasetMetadata Metadata(PublicSite site) =>
        new(site, OpenDataLicence.Of(Context.Site), Snapshot.GeneratedUtc, Snapshot.ModifiedUtc);
}
