using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Core.Audit;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Administration;
using Portal.Workflows.Definitions;

namespace Portal.Tests.Workflows;

/// <summary>Administrators edit workflow definitions at /admin/circuits: validated, audited, refused when stale.</summary>
public sealed class WorkflowAdminPageTests
{
    private const string Page = "/admin/circuits/" + WorkflowStore.DefaultName;

    private static async Task<WorkflowTransition> StoredAsync(PortalFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync(cancellationToken: TestContext.Current.CancellationToken);
        return workflow!.Definition.Transitions.Single(t => t.Key == key);
    }

    private static async Task<int> IndexOfAsync(PortalFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowStore>().GetAsync(cancellationToken: TestContext.Current.CancellationToken);
        return workflow!.Definition.Transitions.ToList().FindIndex(t => t.Key == key);
    }

    private static async Task<List<AuditEntry>> SettingEntriesAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(e => e.ContentType == AuditSubject.SettingType).OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Page_shows_the_current_quorum_and_is_listed()
    {
        await using var factory = new PortalFactory();
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var i = await IndexOfAsync(factory, "valider");

        var list = await admin.GetAsync("/admin/circuits");
        var page = await admin.GetAsync(Page);

        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == Page && a.TextContent == "Validation COPIL");
        Assert.Equal("2", page.QuerySelector($"#t{i}-quorum")!.GetAttribute("value"));
        Assert.Equal("Quorum : nombre de personnes distinctes", page.QuerySelector($"label[for=t{i}-quorum]")!.TextContent);
        Assert.Contains("Valider", page.QuerySelector($"#t{i} > legend")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector<IHtmlInputElement>($"#t{i} input[name='Transitions[{i}].Roles'][value='{PortalRoles.CopilMember}']")!.IsChecked);
        Assert.Contains((await admin.GetAsync("/admin")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/admin/circuits");
    }

    [Fact]
    public async Task Admin_changes_the_quorum_of_valider_from_2_to_3_and_the_change_is_audited()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PortalFactory();
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var i = await IndexOfAsync(factory, "valider");
        Assert.Equal(2, (await StoredAsync(factory, "valider")).Quorum);

        var saved = await admin.SubmitAsync(Page, "main form", new() { [$"Transitions[{i}].Quorum"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var valider = await StoredAsync(factory, "valider");
        Assert.Equal(3, valider.Quorum);
        Assert.Equal([PortalRoles.CopilMember], valider.Roles);
        Assert.True(valider.ForbidAuthor);
        Assert.True((await StoredAsync(factory, "renvoyer")).CommentRequired);
        var confirmation = await admin.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("a été enregistré", confirmation.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", confirmation.QuerySelector($"#t{i}-quorum")!.GetAttribute("value"));

        var entry = Assert.Single(await SettingEntriesAsync(factory));
        Assert.Equal(AuditActions.SettingChanged, entry.Action);
        Assert.Equal("workflow:" + WorkflowStore.DefaultName, entry.ContentItemId);
        Assert.Equal(1, entry.Version);
        Assert.Equal(admin.Email, entry.Actor);
        Assert.Contains("valider : quorum 2 → 3", entry.Comment, StringComparison.Ordinal);

        using var output = new StringWriter();
        var verified = await CliDispatcher.RunAsync(factory.Services, ["audit", "verify"], new CliConsole(new StringReader(string.Empty), output, output), ct);
        Assert.Equal(0, verified);
        Assert.Contains("Journal d'audit intègre", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_change_is_refused_in_french_next_to_the_fields_and_nothing_is_saved()
    {
        await using var factory = new PortalFactory();
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var i = await IndexOfAsync(factory, "valider");
        var s = await IndexOfAsync(factory, "soumettre");

        var refused = await admin.SubmitAsync(Page, "main form", new()
        {
            [$"Transitions[{i}].Roles"] = string.Empty,
            [$"Transitions[{i}].Quorum"] = "0",
            [$"Transitions[{s}].Quorum"] = "deux",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync(Page, refused);
        Assert.Contains("rien n'a été enregistré", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Erreur", page.Title, StringComparison.Ordinal);
        Assert.Equal("La transition « valider » n'est permise à aucun rôle.", page.QuerySelector($"#t{i}-roles-error")!.TextContent);
        Assert.Equal($"t{i}-roles-error", page.QuerySelector($"#t{i}-roles")!.GetAttribute("aria-describedby"));
        Assert.Equal("Le quorum est d'au moins une personne.", page.QuerySelector($"#t{i}-quorum-error")!.TextContent);
        Assert.Contains($"t{i}-quorum-error", page.QuerySelector($"#t{i}-quorum")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#t{i}-quorum")!.GetAttribute("aria-invalid"));
        Assert.Equal("0", page.QuerySelector($"#t{i}-quorum")!.GetAttribute("value"));
        Assert.Equal("Indiquez un nombre entier de personnes, 1 ou plus.", page.QuerySelector($"#t{s}-quorum-error")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[role=alert] a"), a => a.GetAttribute("href") == $"#t{i}-quorum");

        var valider = await StoredAsync(factory, "valider");
        Assert.Equal(2, valider.Quorum);
        Assert.Equal([PortalRoles.CopilMember], valider.Roles);
        Assert.Empty(await SettingEntriesAsync(factory));
    }

    [Fact]
    public async Task Stale_form_is_refused_with_a_clear_message_and_the_other_save_is_kept()
    {
        await using var factory = new PortalFactory();
        using var first = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        using var second = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var i = await IndexOfAsync(factory, "valider");
        var firstForm = await first.GetAsync(Page);

        var secondSave = await second.SubmitAsync(Page, "main form", new() { [$"Transitions[{i}].Quorum"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, secondSave.StatusCode);
        var stale = await first.SubmitAsync(firstForm, "main form", new() { [$"Transitions[{i}].Quorum"] = "3" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await BrowserlessUser.ParseAsync(Page, stale);
        Assert.Contains("Quelqu'un d'autre a modifié ce circuit", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", page.QuerySelector($"#t{i}-quorum")!.GetAttribute("value"));
        Assert.Equal(4, (await StoredAsync(factory, "valider")).Quorum);
        Assert.Single(await SettingEntriesAsync(factory));
    }
}
