using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Processes.Content;
using Portal.Processes.Organisations;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>
/// Organisation-scoped roles through HTTP: an editor edits the processes of their organisation only, an organisation's
/// administrator composes its processes' committees and names its members, the site-wide role keeps working until an
/// organisation names members, and a member taken out loses access at their next request.
/// </summary>
public sealed class OrganisationAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_editor_edits_the_processes_of_their_organisation_and_not_those_of_another()
    {
        var (mine, theirs) = (await ProcessAsync(), await ProcessAsync());
        var a = await OrganisationMembers.OrganisationAsync(factory, Unique("Ville"), mine);
        var b = await OrganisationMembers.OrganisationAsync(factory, Unique("Région"), theirs);
        using var _ = await OrganisationMembers.SignedInMemberAsync(factory, b, OrganisationRole.Editor);
        using var editor = await OrganisationMembers.SignedInMemberAsync(factory, a, OrganisationRole.Editor);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(editor, Edit(mine))).StatusCode);
        AssertRefused(await GetAsync(editor, Edit(theirs)));
        AssertRefused(await GetAsync(editor, $"/admin/demarches/{theirs}/import"));
        AssertRefused(await GetAsync(editor, $"/admin/lots/nouveau?demarche={theirs}"));
        var saved = await editor.SubmitAsync(Edit(mine), "form.stacked-form", []);
        Assert.Contains(saved.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Redirect });
        Assert.DoesNotContain("acces-refuse", saved.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_wide_editor_edits_a_process_until_its_organisation_names_members()
    {
        var process = await ProcessAsync();
        var organisation = await OrganisationMembers.OrganisationAsync(factory, Unique("Métropole"), process);
        using var siteEditor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(siteEditor, Edit(process))).StatusCode);

        using var member = await OrganisationMembers.SignedInMemberAsync(factory, organisation, OrganisationRole.Editor);

        AssertRefused(await GetAsync(siteEditor, Edit(process)));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(member, Edit(process))).StatusCode);
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(admin, Edit(process))).StatusCode);
    }

    [Fact]
    public async Task An_organisation_administrator_composes_the_committees_of_its_processes_only()
    {
        var (mine, theirs) = (await ProcessAsync(), await ProcessAsync());
        var a = await OrganisationMembers.OrganisationAsync(factory, Unique("Département"), mine);
        await OrganisationMembers.OrganisationAsync(factory, Unique("Ministère"), theirs);
        using var administrator = await OrganisationMembers.SignedInMemberAsync(factory, a, OrganisationRole.Administrator);
        using var editor = await OrganisationMembers.SignedInMemberAsync(factory, a, OrganisationRole.Editor);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(administrator, $"/admin/demarches/{mine}/comites")).StatusCode);
        AssertRefused(await GetAsync(administrator, $"/admin/demarches/{theirs}/comites"));
        AssertRefused(await GetAsync(editor, $"/admin/demarches/{mine}/comites"));
        var seated = await administrator.SubmitAsync($"/admin/demarches/{mine}/comites", "#attribuer", new() { ["Seat.Kind"] = "Copil", ["Seat.DisplayName"] = "Irène Fictive" });
        Assert.Equal(HttpStatusCode.Redirect, seated.StatusCode);
    }

    [Fact]
    public async Task A_member_taken_out_of_the_organisation_loses_access_at_the_next_request()
    {
        var process = await ProcessAsync();
        var organisation = await OrganisationMembers.OrganisationAsync(factory, Unique("Commune"), process);
        using var administrator = await OrganisationMembers.SignedInMemberAsync(factory, organisation, OrganisationRole.Administrator);
        using var editor = await OrganisationMembers.SignedInMemberAsync(factory, organisation, OrganisationRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(editor, Edit(process))).StatusCode);

        var page = await administrator.GetAsync($"/admin/organisations/{organisation.Slug}");
        var editorRow = page.QuerySelectorAll("section[aria-labelledby=membres] tbody tr").Single(r => r.Children[1].TextContent == "éditeur");
        var removed = await administrator.SubmitAsync(page, $"#{editorRow.QuerySelector("form")!.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        AssertRefused(await GetAsync(editor, Edit(process)));
    }

    [Fact]
    public async Task An_organisation_administrator_names_members_of_their_organisation_only_and_each_change_is_audited()
    {
        var a = await OrganisationMembers.OrganisationAsync(factory, Unique("Agglomération"));
        var b = await OrganisationMembers.OrganisationAsync(factory, Unique("Préfecture"));
        using var administrator = await OrganisationMembers.SignedInMemberAsync(factory, a, OrganisationRole.Administrator);

        var added = await administrator.SubmitAsync($"/admin/organisations/{a.Slug}", "#ajouter-membre", new() { ["userName"] = "Camille.Redactrice@exemple.fr", ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("camille.redactrice@exemple.fr", (await administrator.GetAsync($"/admin/organisations/{a.Slug}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertRefused(await GetAsync(administrator, $"/admin/organisations/{b.Slug}"));
        var list = await administrator.GetAsync("/admin/organisations");
        Assert.Null(list.QuerySelector("#creer"));
        Assert.DoesNotContain(b.Name, list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var trail = await TrailAsync(a.Slug);
        Assert.Contains(trail, e => e.Action == "membre-ajoute");
        Assert.DoesNotContain(trail, e => e.Comment!.Contains("exemple.fr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_administrator_creates_an_organisation_and_a_wrong_siret_gets_a_french_message()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var name = Unique("Établissement public foncier");

        var refused = await admin.SubmitAsync("/admin/organisations", "#creer", new() { ["Form.Name"] = name, ["Form.Siret"] = "123 456 789", ["Form.Kind"] = "EtablissementPublic" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ni un SIREN (9 chiffres) ni un SIRET (14 chiffres) valide", (await BrowserlessUser.ParseAsync("/admin/organisations", refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var created = await admin.SubmitAsync("/admin/organisations", "#creer", new() { ["Form.Name"] = name, ["Form.Siret"] = "130 025 265 00013", ["Form.Kind"] = "EtablissementPublic" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var slug = new OrganisationInput(name, null).SlugOrDefault;
        var page = await factory.GetDocumentAsync($"/organisations/{slug}");
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
        Assert.Contains("établissement public — SIRET 13002526500013", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await TrailAsync(slug), e => e.Action == "organisation-creee");
    }

    private async Task<string> ProcessAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var id = $"essai-{Guid.NewGuid():N}";
        var record = new Process("Démarche d'essai", id, "Résumé", "Organisateur d'essai", "Territoire", ["Essai"], new DateOnly(2026, 1, 1));
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(new NewContentItem(record, "test") { ContentItemId = id }, Ct);
        Assert.True(result.Succeeded);
        return id;
    }

    private async Task<List<AuditEntry>> TrailAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(e => e.ContentItemId == slug && e.ContentType == OrganisationStore.AuditType).ToListAsync(Ct);
    }

    private static string Edit(string process) => $"/admin/contenu/modifier?id={process}";

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    private static Task<HttpResponseMessage> GetAsync(BrowserlessUser user, string path) => user.Client.GetAsync(new Uri(path, UriKind.Relative), Ct);

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
