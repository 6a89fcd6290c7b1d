using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Processes.Organisations;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>
/// Creating a process and restoring a version, scoped like editing: an editor through an organisation creates processes
/// for their organisations only (the new process is theirs), the site-wide « Éditeur » as before; a version is
/// restored only by those who edit its process.
/// </summary>
public sealed class ScopedCreationTests(ScopedPortal portal) : IClassFixture<ScopedPortal>
{
    private const string NewProcess = "/admin/contenu/modifier?type=Demarche";

    [Fact]
    public async Task Organisation_editor_creates_a_process_for_their_organisation_only()
    {
        var editor = portal.Visitors[Persona.Editor]!;
        var form = await editor.GetAsync(NewProcess);
        Assert.Equal([ScopedPortal.Organisation], form.QuerySelectorAll("#Owner option").Select(o => o.GetAttribute("value")));

        var elsewhere = await editor.SubmitAsync(form, "form.stacked-form", Fields("Démarche ailleurs", ScopedPortal.OtherOrganisation));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("l'organisation qui porte la démarche", (await BrowserlessUser.ParseAsync(NewProcess, elsewhere)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var created = await editor.SubmitAsync(await editor.GetAsync(NewProcess), "form.stacked-form", Fields("Démarche de la communauté", ScopedPortal.Organisation));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var processId = Uri.UnescapeDataString(created.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0]);
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var owner = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().OwnerOfAsync(processId, TestContext.Current.CancellationToken);
            var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationStore>().FindAsync(ScopedPortal.Organisation, TestContext.Current.CancellationToken);
            Assert.Equal(organisation!.Id, owner);
        }

        Assert.Equal(HttpStatusCode.OK, (await Get(editor, $"/admin/contenu/modifier?id={Uri.EscapeDataString(processId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Get(portal.Visitors[Persona.OtherEditor]!, $"/admin/contenu/modifier?id={Uri.EscapeDataString(processId)}")).StatusCode);
    }

    [Fact]
    public async Task Site_wide_editor_of_no_organisation_still_creates_a_process_without_one()
    {
        using var siteEditor = await BrowserlessUser.SignedInAsync(portal.Factory, PortalRoles.Editor);

        var form = await siteEditor.GetAsync(NewProcess);

        // Unchanged: no organisation to choose (they belong to none), the process is owned by none.
        Assert.Null(form.QuerySelector("#Owner"));
        var created = await siteEditor.SubmitAsync(form, "form.stacked-form", Fields("Démarche du site", string.Empty));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Fact]
    public async Task Editor_of_another_organisation_cannot_restore_a_version_of_the_process()
    {
        var other = portal.Visitors[Persona.OtherEditor]!;

        // A form of a page they may open, aimed at the restore handler: the antiforgery token is valid, the process is not theirs.
        var page = await other.GetAsync("/admin/securite");
        page.QuerySelector("main form[method=post]")!.SetAttribute("action", "/admin/contenu/historique?handler=Restore");
        var response = await other.SubmitAsync(page, "main form[method=post]", new() { ["id"] = ScopedPortal.Process, ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string title, string owner) => new()
    {
        ["title"] = title,
        ["slug"] = $"essai-{Guid.NewGuid():N}",
        ["summary"] = "Une démarche d'essai.",
        ["organiser"] = "Organisateur d'essai",
        ["territory"] = "Territoire d'essai",
        ["themes"] = "Essai",
        ["startDate"] = "2026-09-01",
        ["Owner"] = owner,
    };

    private static Task<HttpResponseMessage> Get(BrowserlessUser user, string path) =>
        user.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
}
