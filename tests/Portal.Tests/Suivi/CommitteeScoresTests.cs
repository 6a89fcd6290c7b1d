using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;

namespace Portal.Tests.Suivi;

/// <summary>
/// The follow-up committee's scores per theme: written as a draft by a member for their process only, public on the
/// process's dashboard once published (never while draft), refused in French by field when out of scale or unknown.
/// </summary>
public sealed class CommitteeScoresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Metropole = "demo-cu-vivre-demain-2036";
    private const string MetropoleSlug = "vivre-demain-territoire-2036";
    private const string Departement = "demo-departement-assemblee-citoyenne-2022";
    private const string DepartementSlug = "assemblee-citoyenne-departementale-2022-2023";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_committee_member_scores_their_process_as_a_draft_and_cannot_publish_it()
    {
        using var member = await SeatedMemberAsync(Metropole);
        var form = await member.GetAsync($"/admin/comite-de-suivi/notes?demarche={Metropole}");
        Assert.Equal(["Thème : Santé", "Thème : Mobilités"], form.QuerySelectorAll("#notes legend").Take(2).Select(l => l.TextContent.Trim()));

        var values = Enumerable.Range(0, form.QuerySelectorAll("#notes fieldset").Length) // every theme emptied: a draft of another test may fill the form
            .SelectMany(i => new[] { ($"Entries[{i}].Score", string.Empty), ($"Entries[{i}].Comment", string.Empty) }).ToDictionary(f => f.Item1, f => f.Item2);
        (values["Entries[0].Score"], values["Entries[0].Comment"], values["Entries[1].Score"], values["Overall"], values["Date"]) = ("7,5", "La maison de santé a ouvert.", "2", "5.5", "2025-03-01");

        var saved = await member.SubmitAsync(form, "#notes", values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/comite-de-suivi/notes?demarche={Metropole}&enregistre=1", saved.Headers.Location?.OriginalString);
        var draft = await LatestAsync(Metropole);
        Assert.Equal(ContentStatus.Draft, draft.Version.Status);
        Assert.False(draft.Version.Published);
        Assert.Equal(member.Email, draft.Version.Author, ignoreCase: true);
        Assert.Equal(new (string, decimal, string?)[] { ("Santé", 7.5m, "La maison de santé a ouvert."), ("Mobilités", 2m, null) }, draft.Scores.Scored.Select(s => (s.Theme, s.Score, s.Comment)));
        Assert.Equal((5.5m, 10, new DateOnly(2025, 3, 1)), (draft.Scores.Overall, draft.Scores.ScaleMax, draft.Scores.Date));

        // No way to publish it: a batch for the COPIL and the content editor both ask for the editors' permission.
        var batch = await member.Client.GetAsync(new Uri($"/admin/lots/nouveau?demarche={Metropole}", UriKind.Relative), Ct);
        var editor = await member.Client.GetAsync(new Uri($"/admin/contenu/modifier?id={Uri.EscapeDataString(ProcessItemIds.CommitteeScores(Metropole))}", UriKind.Relative), Ct);
        Assert.StartsWith("/admin/acces-refuse", batch.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/admin/acces-refuse", editor.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.False((await LatestAsync(Metropole)).Version.Published);
    }

    [Fact]
    public async Task A_committee_member_cannot_score_another_process_and_nothing_is_written()
    {
        using var member = await SeatedMemberAsync(Metropole);
        var before = await VersionCountAsync(Departement);

        var page = await member.Client.GetAsync(new Uri($"/admin/comite-de-suivi/notes?demarche={Departement}", UriKind.Relative), Ct);
        var form = await member.GetAsync($"/admin/comite-de-suivi/notes?demarche={Metropole}");
        var post = await member.SubmitAsync(form, "#notes", new() { ["Demarche"] = Departement, ["Entries[0].Score"] = "1", ["Date"] = "2025-03-01" });

        Assert.StartsWith("/admin/acces-refuse", page.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/admin/acces-refuse", post.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(before, await VersionCountAsync(Departement));
        var list = await member.GetAsync("/admin/comite-de-suivi");
        Assert.Equal([$"/admin/comite-de-suivi/notes?demarche={Metropole}"], list.QuerySelectorAll("a[href^='/admin/comite-de-suivi/notes']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Invalid_scores_are_refused_in_french_by_field_and_nothing_is_saved()
    {
        using var member = await SeatedMemberAsync(Metropole);
        var before = await VersionCountAsync(Metropole);

        var refused = await member.SubmitAsync($"/admin/comite-de-suivi/notes?demarche={Metropole}", "#notes", new()
        {
            ["Entries[0].Score"] = "12", ["Entries[1].Score"] = "3,25", ["Entries[2].Theme"] = "Aéroport", ["Entries[2].Score"] = "4", ["Date"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/comite-de-suivi/notes", refused);
        Assert.Contains("la note est comprise entre 0 et 10", page.QuerySelector("#score-0-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("une décimale au plus", page.QuerySelector("#score-1-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("thème inconnu « Aéroport »", page.QuerySelector("#score-2-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("la date de la notation est obligatoire", page.QuerySelector("#date-error")!.TextContent, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll("#erreurs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#date", "#score-0", "#score-1", "#score-2"], summary.Order(StringComparer.Ordinal));
        Assert.Equal("3,25", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#score-1")!.Value); // what was typed is kept
        Assert.Equal(before, await VersionCountAsync(Metropole));
    }

    [Fact]
    public async Task Draft_scores_are_not_public_and_published_ones_show_on_the_dashboard_with_their_figures()
    {
        var record = new CommitteeScores(new DateOnly(2025, 4, 2), [new("Santé", 7.5m, "La maison de santé a ouvert."), new("Logement", 1.5m)], 3.3m);
        var version = await SaveDraftAsync(Metropole, record);

        Assert.Null((await DashboardAsync(MetropoleSlug)).QuerySelector(".committee-scores"));
        Assert.Null((await factory.GetDocumentAsync($"/demarches/{MetropoleSlug}")).QuerySelector(".committee-scores-mention"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            Assert.True((await store.PublishAsync(ProcessItemIds.CommitteeScores(Metropole), version, "copil", cancellationToken: Ct)).Succeeded);
        }

        var dashboard = await DashboardAsync(MetropoleSlug);
        var section = dashboard.QuerySelector("section.voice.voice-committee.committee-scores")!;
        Assert.Equal("Notes du comité de suivi citoyen, par thème", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("indépendante de celle de l'organisateur", section.QuerySelector(".voice-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3,3 sur 10", section.QuerySelector("[data-figure='overall-score']")!.TextContent);
        var table = section.QuerySelector("table#table-notes")!;
        Assert.Contains("échelle de 0 à 10", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([("Santé", "7,5", "La maison de santé a ouvert."), ("Logement", "1,5", "—")], Rows(table));
        Assert.Equal("3,3", table.QuerySelector("tfoot td")!.TextContent);
        var chart = section.QuerySelector("svg[role='img']")!;
        Assert.Equal("table-notes", chart.GetAttribute("aria-describedby"));
        Assert.Contains("échelle de 0 à 10", chart.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["240", "48"], chart.QuerySelectorAll("rect").Select(r => r.GetAttribute("width"))); // 7,5 and 1,5 of the 320 units that stand for 10
        Assert.Contains("7,5 sur 10", chart.TextContent, StringComparison.Ordinal); // each value written beside its bar
        Assert.Contains("Mobilités", section.TextContent, StringComparison.Ordinal); // named among the themes not scored
        var mention = (await factory.GetDocumentAsync($"/demarches/{MetropoleSlug}")).QuerySelector(".committee-scores-mention")!;
        Assert.Contains("note d'ensemble 3,3 sur 10", mention.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/demarches/{MetropoleSlug}/suivi#suivi-notes", mention.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_recipe_publishes_the_departements_scores_on_its_dashboard()
    {
        var section = (await DashboardAsync(DepartementSlug)).QuerySelector(".committee-scores")!;

        Assert.Equal("4,8 sur 10", section.QuerySelector("[data-figure='overall-score']")!.TextContent);
        Assert.Equal(["Transition écologique", "Numérique", "Alimentation"], Rows(section.QuerySelector("table")!).Select(r => r.Theme));
        Assert.Equal("6,5", section.QuerySelector("[data-figure='score-numerique']")!.TextContent);
        Assert.Equal("Thèmes de la démarche que le comité n'a pas notés : Solidarités.", section.QuerySelector(".unscored-themes")!.TextContent);
    }

    private static List<(string Theme, string Score, string Comment)> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("th[scope='row']")!.TextContent, r.QuerySelectorAll("td")[0].TextContent, r.QuerySelectorAll("td")[1].TextContent))];

    private Task<IDocument> DashboardAsync(string slug) => factory.GetDocumentAsync($"/demarches/{slug}/suivi");

    private async Task<int> SaveDraftAsync(string process, CommitteeScores record)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var id = ProcessItemIds.CommitteeScores(process);
        var latest = await store.GetLatestAsync(id, Ct);
        var result = latest is null
            ? await store.CreateAsync(new NewContentItem(record, "membre-du-comite") { ContentItemId = id, ProcessId = process }, Ct)
            : await store.SaveDraftAsync(id, record, "membre-du-comite", latest.ConcurrencyStamp, Ct);
        Assert.True(result.Succeeded);
        return result.Version!.Version;
    }

    private async Task<(ContentItemVersion Version, CommitteeScores Scores)> LatestAsync(string process)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var latest = (await store.GetLatestAsync(ProcessItemIds.CommitteeScores(process), Ct))!;
        return (latest, store.Read<CommitteeScores>(latest));
    }

    private async Task<int> VersionCountAsync(string process)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var id = ProcessItemIds.CommitteeScores(process);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.CountAsync(v => v.ContentItemId == id, Ct);
    }

    private async Task<BrowserlessUser> SeatedMemberAsync(string process)
    {
        var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.FollowUpCommittee);
        await using var scope = factory.Services.CreateAsyncScope();
        var committees = scope.ServiceProvider.GetRequiredService<ProcessCommittees>();
        Assert.True(await committees.SeatAsync(process, CommitteeKind.FollowUp, new CommitteeSeat { UserName = member.Email, DisplayName = "Membre du comité" }, "test", Ct));
        return member;
    }
}
