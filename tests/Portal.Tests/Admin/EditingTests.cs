using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>An editor writes a process through the back-office forms; nothing reaches the public until published.</summary>
public sealed class EditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Editor_creates_a_process_with_two_propositions_previews_it_and_the_public_sees_nothing()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var created = await editor.SubmitAsync("/admin/contenu/modifier?type=Demarche", "form.stacked-form", new()
        {
            ["title"] = "Convention locale sur l'eau",
            ["slug"] = "convention-locale-eau",
            ["summary"] = "Quarante habitants tirés au sort réfléchissent au partage de l'eau.",
            ["organiser"] = "Syndicat des eaux d'Exemple",
            ["territory"] = "Bassin d'Exemple",
            ["themes"] = "Eau\nClimat",
            ["startDate"] = "2026-09-01",
            ["endDate"] = "2027-03-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var processPage = created.Headers.Location!.OriginalString;
        var processId = Uri.UnescapeDataString(processPage.Split('/')[3].Split('?')[0]);

        foreach (var (code, title) in new[] { ("EAU-1", "Tarification progressive de l'eau"), ("EAU-2", "Récupérer l'eau de pluie dans les écoles") })
        {
            var saved = await editor.SubmitAsync($"/admin/contenu/modifier?type=Proposition&process={Uri.EscapeDataString(processId)}", "form.stacked-form", new()
            {
                ["code"] = code,
                ["title"] = title,
                ["text"] = $"Texte de la proposition {code}.",
                ["theme"] = "Eau",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var preview = await editor.GetAsync($"/admin/apercu/{Uri.EscapeDataString(processId)}");
        Assert.Contains("Aperçu non publié", preview.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Convention locale sur l'eau", preview.QuerySelector("h1")!.TextContent);
        var propositions = preview.QuerySelectorAll("table.propositions tbody tr").Select(tr => $"{tr.QuerySelector("th")!.TextContent.Trim()} — {tr.QuerySelector("td a")!.TextContent.Trim()}").ToList();
        Assert.Equal(["EAU-1 — Tarification progressive de l'eau", "EAU-2 — Récupérer l'eau de pluie dans les écoles"], propositions);

        using var visitor = new BrowserlessUser(factory);
        foreach (var path in new[] { "/", "/demarches", "/sitemap.xml", "/demarches?annee=2026" })
        {
            var body = await (await visitor.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("Convention locale sur l", body, StringComparison.Ordinal);
            Assert.DoesNotContain("convention-locale-eau", body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync(new Uri("/demarches/convention-locale-eau", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var anonymousPreview = await visitor.Client.GetAsync(new Uri($"/admin/apercu/{Uri.EscapeDataString(processId)}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPreview.StatusCode);
    }

    [Fact]
    public async Task Invalid_form_shows_French_errors_next_to_fields_and_saves_nothing()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var processId = "demo-cu-vivre-demain-2036";
        var before = await CountVersionsAsync();

        var response = await editor.SubmitAsync($"/admin/contenu/modifier?type=ReponseMotivee&process={processId}&container={Uri.EscapeDataString(processId + "/proposition/P-1")}&id={Uri.EscapeDataString(processId + "/proposition/P-1/reponse")}", "form.stacked-form", new()
        {
            ["decision"] = "peut-etre",
            ["motivation"] = "   ",
            ["deadline"] = "31/02/2027x",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/contenu/modifier", response);
        var deadline = page.QuerySelector("input[name=deadline]")!;
        Assert.Equal("true", deadline.GetAttribute("aria-invalid"));
        Assert.Equal("31/02/2027x", deadline.GetAttribute("value"));
        Assert.Contains("date attendue", page.GetElementById(deadline.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Contains("rien n'a été enregistré", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountVersionsAsync());
    }

    [Fact]
    public async Task Second_editor_saving_a_stale_form_gets_a_conflict_with_the_changes_not_an_overwrite()
    {
        using var first = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var second = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var path = $"/admin/contenu/modifier?id={Uri.EscapeDataString("demo-cu-vivre-demain-2036/proposition/P-2")}";
        var firstForm = await first.GetAsync(path);
        var secondForm = await second.GetAsync(path);

        var saved = await first.SubmitAsync(firstForm, "form.stacked-form", new() { ["title"] = "Titre du premier éditeur" });
        var refused = await second.SubmitAsync(secondForm, "form.stacked-form", new() { ["title"] = "Titre du second éditeur" });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync(path, refused);
        Assert.Contains("Quelqu'un d'autre a enregistré ce contenu", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var diff = page.QuerySelector("table.diff")!.TextContent;
        Assert.Contains("Titre du premier éditeur", diff, StringComparison.Ordinal);
        Assert.Contains("Titre du second éditeur", diff, StringComparison.Ordinal);
        Assert.Equal("Titre du second éditeur", page.QuerySelector("input[name=title]")!.GetAttribute("value"));
        Assert.Equal("Titre du premier éditeur", (await LatestAsync<Proposition>("demo-cu-vivre-demain-2036/proposition/P-2")).Title);

        // Saving again, knowingly, applies the second editor's text.
        var again = await second.SubmitAsync(page, "form.stacked-form", []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Titre du second éditeur", (await LatestAsync<Proposition>("demo-cu-vivre-demain-2036/proposition/P-2")).Title);
    }

    [Fact]
    public async Task History_shows_a_field_diff_and_restore_creates_a_new_draft()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        const string id = "demo-cu-vivre-demain-2036/proposition/P-3";
        var original = await LatestAsync<Proposition>(id);
        await editor.SubmitAsync($"/admin/contenu/modifier?id={Uri.EscapeDataString(id)}", "form.stacked-form", new() { ["title"] = "Titre retouché" });

        var history = await editor.GetAsync($"/admin/contenu/historique?id={Uri.EscapeDataString(id)}&de=1&a=2");
        var rows = history.QuerySelectorAll("table.diff tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows, r => r.TrimStart().StartsWith("Titre", StringComparison.Ordinal));
        Assert.True(rows.Count == 1, string.Join(" | ", rows));
        Assert.Contains(original.Title, row, StringComparison.Ordinal);
        Assert.Contains("Titre retouché", row, StringComparison.Ordinal);

        var restore = await editor.SubmitAsync(history, "main form.inline-form", new() { ["version"] = "1" });
        Assert.True(restore.Headers.Location is not null, $"{restore.StatusCode} {history.QuerySelector("main form.inline-form")!.GetAttribute("action")}");
        Assert.DoesNotContain("conflit", restore.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        var versions = await store.GetVersionsAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(2, versions.Count);
        Assert.Equal(ContentStatus.Draft, versions[^1].Status);
        Assert.Equal(original.Title, store.Read<Proposition>(versions[^1]).Title);
        Assert.Equal(ContentStatus.Published, versions[0].Status);
    }

    [Fact]
    public async Task Sign_in_locks_the_account_after_five_failures()
    {
        using var victim = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var attacker = new BrowserlessUser(factory);
        for (var i = 0; i < 5; i++)
        {
            var failed = await attacker.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = victim.Email, ["Password"] = "mauvais-mot-de-passe" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await attacker.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = victim.Email, ["Password"] = "Un-mot-de-passe-solide-1" });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/connexion", locked);
        Assert.Contains("verrouillé", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        using var client = new BrowserlessUser(factory);
        using var content = new FormUrlEncodedContent([new("Email", "admin@exemple.fr"), new("Password", "Mot-de-passe-de-test-1")]);

        var response = await client.Client.PostAsync(new Uri("/admin/connexion", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<T> LatestAsync<T>(string id)
        where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        return store.Read<T>((await store.GetLatestAsync(id, TestContext.Current.CancellationToken))!);
    }

    private async Task<int> CountVersionsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Portal.Core.Data.PortalDbContext>();
        return db.ContentItemVersions.Count();
    }
}
