using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Email;

/// <summary>The workflow's notifications, sent through the back-office forms to a real (in-process) SMTP server.</summary>
public sealed class WorkflowMailOverSmtpTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string Edit = "/admin/contenu/modifier?id=demo-cu-vivre-demain-2036%2Fevaluation";

    [Fact]
    public async Task Reviewers_are_told_of_a_submission_and_the_author_of_the_send_back()
    {
        using var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var form = await editor.GetAsync(Edit);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(form, "form.stacked-form", new() { ["text"] = "Bilan en cours de rédaction." })).StatusCode);

        var submitted = await editor.SubmitAsync(await editor.GetAsync(Edit), "form.workflow-action", []);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var toMember = (await factory.Smtp.WaitForAsync(1)).Single(r => r.EnvelopeRecipients.Contains(member.Email)).Message;
        Assert.Equal("À examiner : Évaluation de la démarche", toMember.Subject);
        var link = toMember.TextBody!.Split('\n').Single(l => l.StartsWith("Ouvrir la soumission : ", StringComparison.Ordinal));
        Assert.Contains(PortalFactoryBase.PublicUrl + "/admin/validation/", link, StringComparison.Ordinal);
        var review = new Uri(toMember.TextBody!.Split('\n').Single(l => l.StartsWith("Ouvrir la soumission : ", StringComparison.Ordinal))["Ouvrir la soumission : ".Length..].Trim()).PathAndQuery;

        // The member follows the link, sends back with a comment on the text field.
        var page = await member.GetAsync(review);
        Assert.Contains("Bilan en cours de rédaction.", page.QuerySelector("table.diff")!.TextContent, StringComparison.Ordinal);
        var sent = await member.SubmitAsync(page, "form.workflow-action", new() { ["comment"] = "Attendre le rapport du cabinet.", ["champ[text]"] = "Citer le rapport." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var toAuthor = (await factory.Smtp.WaitForAsync(2)).Single(r => r.EnvelopeRecipients.Contains(editor.Email)).Message;
        Assert.Contains("Attendre le rapport du cabinet.", toAuthor.TextBody, StringComparison.Ordinal);
        var edit = await editor.GetAsync(Edit);
        Assert.Equal("Remarque du COPIL : Citer le rapport.", edit.QuerySelector(".field-remark")!.TextContent);
        Assert.Contains("-remarque", edit.QuerySelector("textarea[name=text]")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }
}
