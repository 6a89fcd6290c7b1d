using System.Net;
using System.Text.Json.Nodes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.OpenData;

/// <summary>Reads the open-data files as a reuser does: anonymous GETs that must answer 200.</summary>
internal static class OpenDataClient
{
    public static string[] DatasetNames => ["demarches", "propositions", "reponses", "suivis", "intervenants", "composition-panels", "evaluations", "evaluations-questionnaires"];

    public static async Task<HttpResponseMessage> GetOkAsync(this PortalFactoryBase factory, string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return response;
    }

    public static async Task<string> GetTextAsync(this PortalFactoryBase factory, string path) =>
        await (await factory.GetOkAsync(path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static async Task<JsonNode> GetJsonAsync(this PortalFactoryBase factory, string path) =>
        JsonNode.Parse(await factory.GetTextAsync(path))!;

    public static async Task<List<List<string>>> GetCsvAsync(this PortalFactoryBase factory, string path)
    {
        var bytes = await (await factory.GetOkAsync(path)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.False(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), "no byte order mark");
        return CsvReader.Read(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    public static string SchemaPath(string dataset) => $"/donnees/schemas/{dataset}/1.0.0/schema.json";
}
