using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Search.Indexing;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Publication;

namespace Portal.Tests.Workflows;

/// <summary>
/// Text sent back, validated but not yet published, or unpublished, appears on no public surface: pages,
/// history, archived versions, sitemap, search page, API and export. Published text does, with its stamp.
/// </summary>
public abstract class WorkflowNeverLeaksTests(PortalFactoryBase factory) : IAsyncLifetime
{
    private const string SentBack = "RENVOYE-JAMAIS-PUBLIC";
    private const string Approved = "VALIDE-PAS-ENCORE-PUBLIC";
    private const string Unpublished = "DEPUBLIE-PLUS-PUBLIC";
    private const string Published = "PUBLIE-PAR-LE-COPIL";
    private const string ProcessId = "demo-departement-assemblee-citoyenne-2022";
    private const string Slug = "assemblee-citoyenne-departementale-2022-2023";
    private static readonly StaffMember Editor = WorkflowSteps.Editor;
    private static readonly StaffMember Copil1 = WorkflowSteps.Copil1;
    private static readonly StaffMember Copil2 = WorkflowSteps.Copil2;
    private static readonly StaffMember Admin = new("admin@exemple.fr", [PortalRoles.Administrator]);
    private readonly PortalFactoryBase _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Sent back with comments: the version stays out of public view.
        var sentBack = await EditAsync<Proposition>(ProcessItemIds.Proposition(ProcessId, "TEJ-2"), p => p with { Title = SentBack, Text = SentBack });
        await TakeAsync(sentBack, "soumettre", Editor);
        await TakeAsync(sentBack, "renvoyer", Copil1, "À reprendre");

        // Validated by the COPIL, publication scheduled in a year: not public yet.
        var approved = await EditAsync<Response>(ProcessItemIds.Response(ProcessItemIds.Proposition(ProcessId, "NUM-2")), r => r with { Motivation = Approved });
        await TakeAsync(approved, "soumettre", Editor);
        await TakeAsync(approved, "valider", Copil1);
        await TakeAsync(approved, "valider", Copil2);
        Assert.Equal(WorkflowOutcomeKind.Scheduled, await TakeAsync(approved, "publier", Editor, publishAt: DateTimeOffset.UtcNow.AddYears(1)));

        // Published through the workflow, then unpublished by an administrator.
        var withdrawn = await EditAsync<Proposition>(ProcessItemIds.Proposition(ProcessId, "TEJ-3"), p => p with { Title = Unpublished, Text = Unpublished });
        await WorkflowSteps.PublishThroughCopilAsync(_factory.Services, withdrawn);
        Assert.Equal(WorkflowOutcomeKind.Completed, await TakeAsync(withdrawn, "depublier", Admin, "Données personnelles à retirer"));

        // Published through the workflow: public, with its stamp (so the crawl below can see published text).
        var section = await EditAsync<CitizensOpinion>(ProcessItemIds.Section(ProcessId, "avis"), a => a with { Synthesis = Published });
        await WorkflowSteps.PublishThroughCopilAsync(_factory.Services, section);

        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(Ct);
    }

    [Fact]
    public async Task No_public_surface_shows_text_that_is_not_published()
    {
        using var client = _factory.CreateClient();
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), Ct);
        var paths = XDocument.Parse(sitemap).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).PathAndQuery).ToList();
        var history = await client.GetStringAsync(new Uri($"/demarches/{Slug}/historique", UriKind.Relative), Ct);
        var archives = new HtmlParser().ParseDocument(history).QuerySelectorAll("a[href*='/historique/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(archives.Count > 30, "the history lists the demo's publications");
        paths.AddRange(archives);
        paths.Add($"/demarches/{Slug}/historique");
        foreach (var marker in new[] { SentBack, Approved, Unpublished })
        {
            var words = Uri.EscapeDataString(marker.Replace('-', ' ').ToLowerInvariant());
            paths.AddRange([$"/recherche?q={words}", $"/api/v1/search?q={words}", $"/recherche/export.csv?q={words}"]);
        }

        var pages = new Dictionary<string, string> { ["/sitemap.xml"] = sitemap };
        foreach (var path in paths.Distinct())
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
            pages[path] = await response.Content.ReadAsStringAsync(Ct);
        }

        foreach (var (path, body) in pages)
        {
            foreach (var marker in new[] { SentBack, Approved, Unpublished })
            {
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{path} shows « {marker} »");
            }
        }

        // Not vacuous: the published text is there, stamped, and its history entry too.
        Assert.Contains(Published, pages[$"/demarches/{Slug}"], StringComparison.Ordinal);
        var stamps = new HtmlParser().ParseDocument(pages[$"/demarches/{Slug}"]).QuerySelectorAll("#avis ~ .stamp, section[aria-labelledby=avis] .stamp");
        // The stamp names the process's own COPIL (from the demo's committees).
        Assert.StartsWith("✓ Validé par le comité de pilotage de l'assemblée citoyenne départementale le ", Assert.Single(stamps).TextContent, StringComparison.Ordinal);
        Assert.Contains(pages, p => p.Key.Contains("/historique/", StringComparison.Ordinal) && p.Value.Contains(Published, StringComparison.Ordinal));

        // The unpublished proposition has no page any more, and its earlier versions left the history with it.
        var gone = await client.GetAsync(new Uri($"/demarches/{Slug}/propositions/TEJ-3", UriKind.Relative), Ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("TEJ-3", history, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<string> EditAsync<T>(string id, Func<T, T> change)
        where T : class
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var latest = (await store.GetLatestAsync(id, Ct))!;
        Assert.True((await store.SaveDraftAsync(id, change(store.Read<T>(latest)), Editor.Name, latest.ConcurrencyStamp, Ct)).Succeeded);
        return id;
    }

    private async Task<WorkflowOutcomeKind> TakeAsync(string id, string transition, StaffMember who, string? comment = null, DateTimeOffset? publishAt = null)
    {
        var outcome = await WorkflowSteps.TakeAsync(_factory.Services, id, transition, who, comment, publishAt: publishAt);
        Assert.True(outcome.Succeeded, $"{transition} by {who.Name}: {outcome.Message}");
        return outcome.Kind;
    }
}

public sealed class SqliteWorkflowNeverLeaksTests() : WorkflowNeverLeaksTests(new PortalFactory());

public sealed class PostgreSqlWorkflowNeverLeaksTests() : WorkflowNeverLeaksTests(new PostgreSqlPortalFactory());
