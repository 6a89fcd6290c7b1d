using Microsoft.Playwright;
using Portal.Core.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// The COPIL workflow in a real browser: an editor submits, a member sends back with a comment, the editor
/// corrects and resubmits, two members approve, the editor publishes, and the public reads the new text stamped.
/// </summary>
public sealed class CopilBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string MandatEdit = "/admin/contenu/modifier?id=demo-cu-vivre-demain-2036%2Fmandat";

    [Fact]
    public async Task Submit_send_back_correct_resubmit_two_approvals_publish_and_the_public_reads_it_stamped()
    {
        BrowserPortal.SkipWithoutChromium();
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        var member1 = await portal.SignedInPageAsync(PortalRoles.CopilMember);
        var member2 = await portal.SignedInPageAsync(PortalRoles.CopilMember);

        // The editor rewrites the mandate and submits it.
        await editor.GotoAsync(MandatEdit);
        await editor.GetByLabel("Texte (obligatoire)", new() { Exact = true }).FillAsync("Le panel rend un avis sur le plan climat avant juin 2027.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Brouillon enregistré");
        await SubmitAsync(editor);

        // A member finds it in the inbox, reads the diff, sends it back with a general and a field comment.
        await member1.GotoAsync("/admin");
        await member1.GetByRole(AriaRole.Link, new() { Name = "À valider : 1 soumission(s) ou lot(s) en attente de votre action" }).ClickAsync();
        await member1.GetByRole(AriaRole.Link, new() { Name = "Mandat de participation : Mandat de participation (version 2)" }).ClickAsync();
        await Assertions.Expect(member1.GetByRole(AriaRole.Table, new() { Name = "Différences champ par champ" })).ToContainTextAsync("avant juin 2027");
        var sendBack = member1.GetByRole(AriaRole.Group, new() { Name = "Renvoyer avec commentaires (version 2)" });
        await sendBack.GetByLabel("Commentaire (obligatoire)").FillAsync("Préciser qui rédige l'avis.");
        await sendBack.GetByText("Remarques champ par champ (facultatif)").ClickAsync();
        await sendBack.GetByLabel("Texte", new() { Exact = true }).FillAsync("Nommer le panel de 60 habitants.");
        await sendBack.GetByRole(AriaRole.Button, new() { Name = "Renvoyer avec commentaires" }).ClickAsync();
        await Assertions.Expect(member1.GetByRole(AriaRole.Status)).ToContainTextAsync("Brouillon");

        // The editor sees the comments, the field one beside its field, corrects and resubmits.
        await editor.GotoAsync(MandatEdit);
        await Assertions.Expect(editor.GetByRole(AriaRole.Note).First).ToContainTextAsync("Préciser qui rédige l'avis.");
        await Assertions.Expect(editor.Locator(".field-remark")).ToHaveTextAsync("Remarque du COPIL : Nommer le panel de 60 habitants.");
        await editor.GetByLabel("Texte (obligatoire)", new() { Exact = true }).FillAsync("Le panel de 60 habitants rend un avis sur le plan climat avant juin 2027.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await SubmitAsync(editor);

        // Two members approve: the first is recorded, the second validates.
        await ApproveAsync(member1, "Il en manque 1");
        await ApproveAsync(member2, "maintenant « Validé par le COPIL »");

        // The editor publishes now.
        await editor.GotoAsync(MandatEdit);
        await editor.GetByRole(AriaRole.Group, new() { Name = "Publier (version 3)" }).GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("maintenant « Publié »");

        await using var visitorContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/demarches/vivre-demain-territoire-2036");
        var mandat = visitor.Locator("section[aria-labelledby=mandat]");
        await Assertions.Expect(mandat).ToContainTextAsync("Le panel de 60 habitants rend un avis sur le plan climat avant juin 2027.");
        await Assertions.Expect(mandat.Locator(".stamp")).ToContainTextAsync("Validé par le comité de pilotage de « Vivre demain » le");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Historique des publications" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Historique des publications", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mandat de participation" }).First).ToContainTextAsync("(en vigueur)");
    }

    private static async Task SubmitAsync(IPage editor)
    {
        await editor.GotoAsync(MandatEdit);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Soumettre au COPIL" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("maintenant « Soumis au COPIL »");
    }

    private static async Task ApproveAsync(IPage member, string expected)
    {
        await member.GotoAsync("/admin/validation");
        await member.GetByRole(AriaRole.Link, new() { Name = "Mandat de participation : Mandat de participation (version 3)" }).ClickAsync();
        await member.GetByRole(AriaRole.Group, new() { Name = "Valider (version 3)" }).GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync(expected);
    }
}
