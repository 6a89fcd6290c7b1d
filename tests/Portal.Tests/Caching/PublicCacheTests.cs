using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Caching;

/// <summary>Public pages come from the output cache until a publication makes them stale; staff never touch it.</summary>
public sealed class PublicCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";

    [Fact]
    public async Task A_publication_evicts_the_cached_process_page()
    {
        Assert.True((await GetAsync(Departement)).Headers.Age is null);
        Assert.NotNull((await GetAsync(Departement)).Headers.Age);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var ct = TestContext.Current.CancellationToken;
            var published = (await store.GetPublishedAsync(ProcessId, ct))!;
            var draft = (await store.SaveDraftAsync(ProcessId, store.Read<Process>(published) with { Summary = "Synthese republiee ETAPE-2" }, "editeur", published.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(ProcessId, draft.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        var after = await GetAsync(Departement);
        Assert.Null(after.Headers.Age);
        Assert.Contains("Synthese republiee ETAPE-2", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpublication_removes_the_cached_permalink_at_once()
    {
        var permalink = Departement + "/propositions/TEJ-2";
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(permalink)).StatusCode);
        Assert.NotNull((await GetAsync(permalink)).Headers.Age);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync(ProcessItemIds.Proposition(ProcessId, "TEJ-2"), "editeur", TestContext.Current.CancellationToken)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(permalink)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_reader_neither_fills_nor_reads_the_public_cache()
    {
        const string page = Metropole + "/historique";
        using var staff = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var first = await staff.Client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.ETag);

        Assert.Null((await GetAsync(page)).Headers.Age);
        Assert.NotNull((await GetAsync(page)).Headers.Age);
        var again = await staff.Client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task Revalidation_with_the_ETag_answers_304()
    {
        var first = await GetAsync(Metropole);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Metropole);
        request.Headers.IfNoneMatch.Add(etag);
        var revalidated = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_search_answers_are_compressed_when_the_reader_accepts_it(string encoding)
    {
        foreach (var path in new[] { "/demarches", "/api/v1/search?q=mobilit%C3%A9", "/sitemap.xml" })
        {
            var response = await GetAsync(path, encoding);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
            await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            using var reader = new StreamReader(decoded);
            Assert.True((await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Length > 100, path);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
