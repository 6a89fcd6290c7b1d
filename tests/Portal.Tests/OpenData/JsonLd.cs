using System.Text.Json.Nodes;

namespace Portal.Tests.OpenData;

/// <summary>
/// Just enough JSON-LD for the tests: compact IRIs (<c>dcat:Dataset</c>) expanded with the document's <c>@context</c>
/// prefixes, so that assertions name the terms by their full IRI, as an RDF harvester reads them. A term whose prefix the
/// context does not define fails the test.
/// </summary>
internal sealed class JsonLd(JsonObject node, IReadOnlyDictionary<string, string> prefixes)
{
    public static JsonLd Expand(JsonObject document)
    {
        var context = document["@context"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
        return new JsonLd(document, context);
    }

    public string? Id => (string?)node["@id"];

    public string? Type => node["@type"] is { } type ? Iri((string)type!) : null;

    public string? Value(string iri) => Property(iri) switch
    {
        JsonObject o when o["@value"] is { } v => (string)v!,
        JsonValue v => (string)v!,
        _ => null,
    };

    public JsonLd? Node(string iri) => Property(iri) is JsonObject o ? new JsonLd(o, prefixes) : null;

    public List<JsonLd> Nodes(string iri) => Property(iri) switch
    {
        JsonArray a => [.. a.Select(n => new JsonLd(n!.AsObject(), prefixes))],
        JsonObject o => [new JsonLd(o, prefixes)],
        _ => [],
    };

    private JsonNode? Property(string iri) => node.Where(p => !p.Key.StartsWith('@')).FirstOrDefault(p => Iri(p.Key) == iri).Value;

    private string Iri(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        Assert.True(colon > 0, $"« {term} » is not a compact IRI");
        var prefix = term[..colon];
        return prefix is "http" or "https" ? term : (prefixes.TryGetValue(prefix, out var ns) ? ns : throw new Xunit.Sdk.XunitException($"prefix « {prefix} » undefined")) + term[(colon + 1)..];
    }
}
