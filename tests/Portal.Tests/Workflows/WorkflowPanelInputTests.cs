using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Workflows;

/// <summary>Bad input on the workflow forms gets a French message back on the page, never an error page, and changes nothing.</summary>
public sealed class WorkflowPanelInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Edit = "/admin/contenu/modifier?id=demo-cu-vivre-demain-2036%2Fproposition%2FP-3";

    public static TheoryData<string, string, string> BadForms() => new()
    {
        // field overridden, value, expected message
        { "publishAt", "demain matin", "La date de publication n'est pas valide" },
        { "publishAt", "2027-03-28T02:30", "La date de publication n'est pas valide" },
        { "transition", "publier", "Cette action n'est plus possible" },
        { "stamp", "perime", "Quelqu'un a agi sur cette version au même moment" },
        { "version", "999", "Cette version n'existe pas." },
        { "transition", "", "Le formulaire est incomplet" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task A_bad_workflow_form_is_answered_in_french_and_changes_nothing(string field, string value, string expected)
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var page = await EditPageWithDraftAsync(editor);
        var before = page.QuerySelector(".workflow-track p")!.TextContent;

        var answer = await editor.SubmitAsync(page, "form.workflow-action", new() { [field] = value });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var after = await editor.GetAsync(answer.Headers.Location!.OriginalString);
        Assert.Contains(expected, after.QuerySelector(".workflow-panel [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, after.QuerySelector(".workflow-track p")!.TextContent);
    }

    [Fact]
    public async Task A_return_address_outside_the_site_is_not_followed()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var page = await EditPageWithDraftAsync(editor);

        var answer = await editor.SubmitAsync(page, "form.workflow-action", new() { ["returnUrl"] = "https://ailleurs.example/piege", ["stamp"] = "perime" });

        Assert.Equal("/admin/validation", answer.Headers.Location!.OriginalString);
    }

    /// <summary>Saves a draft first, so that the workflow panel offers an action whatever ran before.</summary>
    private static async Task<AngleSharp.Dom.IDocument> EditPageWithDraftAsync(BrowserlessUser editor)
    {
        var form = await editor.GetAsync(Edit);
        var saved = await editor.SubmitAsync(form, "form.stacked-form", new() { ["title"] = "Titre modifié pour le circuit" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return await editor.GetAsync(Edit);
    }
}
