using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Media;
using Portal.Media.Storage;
using Portal.Processes.Content;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Cluster;

/// <summary>
/// Two nodes behind one proxy on one PostgreSQL database: what one node publishes or issues, the other shows
/// or honours (issue 13, « Plusieurs nœuds »). Skipped without <c>PORTAL_TEST_POSTGRES</c>; .ci/run sets it.
/// </summary>
public sealed class TwoNodesTests(PortalNodes nodes) : IClassFixture<PortalNodes>
{
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string ProcessPage = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    /// <summary>How soon a publication on one node must show on the other (issue 13).</summary>
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_publication_on_one_node_shows_on_the_other_within_a_second_in_pages_and_search()
    {
        await nodes.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        const string marker = "Quetzalcoatlienne";
        using var b = nodes.B.CreateClient();
        await b.GetAsync(new Uri(ProcessPage, UriKind.Relative), ct);
        var cached = await b.GetAsync(new Uri(ProcessPage, UriKind.Relative), ct);
        Assert.NotNull(cached.Headers.Age);
        var searchPath = "/api/v1/search?q=" + marker;
        Assert.Equal(0, await SearchTotalAsync(b, searchPath));

        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var published = (await store.GetPublishedAsync(ProcessId, ct))!;
            var draft = (await store.SaveDraftAsync(ProcessId, store.Read<Process>(published) with { Summary = "Synthèse " + marker }, "editeur", published.ConcurrencyStamp, ct)).Version!;
            Assert.True((await store.PublishAsync(ProcessId, draft.Version, "editeur", cancellationToken: ct)).Succeeded);
        }

        var deadline = TimeProvider.System.GetUtcNow() + Propagation;
        await UntilAsync(async () => (await b.GetStringAsync(new Uri(ProcessPage, UriKind.Relative), ct)).Contains(marker, StringComparison.Ordinal), deadline, "la page de la démarche sur le nœud B");
        await UntilAsync(async () => await SearchTotalAsync(b, searchPath) > 0, deadline, "la recherche sur le nœud B");

        // B's ETag from before the change no longer validates anything, nor does a page A rendered.
        using var stale = new HttpRequestMessage(HttpMethod.Get, ProcessPage);
        stale.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(stale, ct)).StatusCode);
        using var a = nodes.A.CreateClient();
        using var fromA = new HttpRequestMessage(HttpMethod.Get, ProcessPage);
        fromA.Headers.IfNoneMatch.Add((await a.GetAsync(new Uri(ProcessPage, UriKind.Relative), ct)).Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(fromA, ct)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_on_one_node_is_honoured_by_the_other()
    {
        await nodes.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        const string password = "Un-mot-de-passe-solide-1";
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<Portal.Admin.Users.UserAdministration>().AddAsync(email, PortalRoles.Editor, password);
            Assert.True(added.Succeeded, string.Join(" ", added.Errors));
        }

        var (client, proxy) = nodes.Proxy();
        using (client)
        {
            var user = new BrowserlessUser(nodes.B, client);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative), ct)).StatusCode);

            // The form (and its antiforgery token) comes from B, the sign-in happens on A...
            proxy.Node = 1;
            var form = await user.GetAsync("/admin/connexion");
            proxy.Node = 0;
            var signIn = await user.SubmitAsync(form, "form", new() { ["Email"] = email, ["Password"] = password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.DoesNotContain("connexion", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

            // ...and B reads A's cookie.
            proxy.Node = 1;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative), ct)).StatusCode);
        }

        // Through the key ring in the database, not a key folder both test nodes happen to share on this machine.
        await using var keys = nodes.A.Services.CreateAsyncScope();
        Assert.NotEmpty(await keys.ServiceProvider.GetRequiredService<PortalDbContext>().DataProtectionKeys.ToListAsync(ct));
    }

    [Fact]
    public async Task A_media_uploaded_on_one_node_is_served_by_the_other()
    {
        await nodes.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        MediaItem media;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var upload = await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
                .UploadAsync(new UploadRequest(new MemoryStream(TestFiles.Docx()), "rapport.docx", "Rapport", null, "editeur@exemple.fr"), ct);
            media = upload.Media ?? throw new InvalidOperationException(upload.Error);
        }

        using var b = nodes.B.CreateClient();
        var served = await b.GetAsync(new Uri(MediaHtml.DocumentUrl(media), UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(TestFiles.Docx().Length, (await served.Content.ReadAsByteArrayAsync(ct)).Length);
    }

    private static async Task<int> SearchTotalAsync(HttpClient client, string path)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, DateTimeOffset deadline, string what)
    {
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"{what} ne montre pas la publication du nœud A une seconde après.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
