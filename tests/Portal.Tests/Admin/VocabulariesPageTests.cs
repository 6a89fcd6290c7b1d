using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>
/// The vocabularies page of the Processes module: an administrator renames and adds terms (the public pages follow at
/// once), and a key published content uses cannot be removed; a refusal is in French and loses nothing typed.
/// </summary>
public sealed class VocabulariesPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/admin/vocabulaires";
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    [Fact]
    public async Task An_administrator_renames_and_adds_a_decision_and_the_site_says_it_at_once()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var before = await factory.GetDocumentAsync(Departement);
        Assert.Contains("Non retenue", before.QuerySelector("section[aria-labelledby=impact]")!.TextContent, StringComparison.Ordinal);

        var form = await admin.GetAsync(Page);
        var label = LabelFieldOf(form, "non-retenue");
        var blank = form.QuerySelectorAll("input[name^='Decisions['][name$='.Key']").First(i => string.IsNullOrEmpty(i.GetAttribute("value"))).GetAttribute("name")!;
        var saved = await admin.SubmitAsync(form, "#vocabulaires", new()
        {
            [label] = "Écartée par l'assemblée",
            [blank] = "reportee",
            [blank.Replace(".Key", ".Label", StringComparison.Ordinal)] = "Reportée",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Vocabulaires enregistrés", (await admin.GetAsync(saved.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var impact = (await factory.GetDocumentAsync(Departement)).QuerySelector("section[aria-labelledby=impact]")!.TextContent;
        Assert.Contains("Écartée par l'assemblée", impact, StringComparison.Ordinal);
        Assert.DoesNotContain("Non retenue", impact, StringComparison.Ordinal);
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var responseForm = await editor.GetAsync("/admin/contenu/modifier?type=ReponseMotivee&process=demo-cu-vivre-demain-2036&container=demo-cu-vivre-demain-2036%2Fproposition%2FP-1");
        Assert.Contains(("reportee", "Reportée"), responseForm.QuerySelectorAll("select[name=decision] option").Select(o => (o.GetAttribute("value"), o.TextContent)));
    }

    [Fact]
    public async Task A_key_published_responses_use_cannot_be_removed_and_what_was_typed_comes_back()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var form = await admin.GetAsync(Page);
        var key = KeyFieldOf(form, "retenue");

        var refused = await admin.SubmitAsync(form, "#vocabulaires", new()
        {
            [key] = string.Empty,
            [key.Replace(".Key", ".Label", StringComparison.Ordinal)] = string.Empty,
            [KeyFieldOf(form, "a-engager")] = "Mauvaise Clé",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync(Page, refused);
        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("« retenue » est utilisée par", alert, StringComparison.Ordinal);
        Assert.Contains("la clé « Mauvaise Clé » ne peut contenir que", alert, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[value='Mauvaise Clé']"));
        Assert.NotNull(KeyFieldOf(await admin.GetAsync(Page), "retenue"));
    }

    [Fact]
    public async Task An_editor_cannot_change_the_vocabularies()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);

        var answer = await editor.Client.GetAsync(new Uri(Page, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/admin/acces-refuse", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string KeyFieldOf(AngleSharp.Dom.IDocument form, string key) =>
        form.QuerySelectorAll("input[name$='.Key']").Single(i => i.GetAttribute("value") == key).GetAttribute("name")!;

    private static string LabelFieldOf(AngleSharp.Dom.IDocument form, string key) =>
        KeyFieldOf(form, key).Replace(".Key", ".Label", StringComparison.Ordinal);
}
