using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Processes.Organisations;
using Portal.Tests.Email;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;

namespace Portal.Tests.Organisations;

/// <summary>
/// The workflow's e-mails with the demo's two organisations, each with its editor and a COPIL seated on its process:
/// a submission reaches the process's COPIL alone, never the other organisation's people nor the site-wide role holders
/// who do not sit there; the decision reaches its submitter alone.
/// </summary>
public sealed class ScopedMailTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    private const string Edit = $"/admin/contenu/modifier?id={ScopedPortal.Process}%2Fevaluation";

    [Fact]
    public async Task Submission_and_decision_mails_reach_only_the_people_of_the_process()
    {
        Organisation mine, theirs;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OrganisationStore>();
            (mine, theirs) = ((await store.FindAsync(ScopedPortal.Organisation, TestContext.Current.CancellationToken))!, (await store.FindAsync(ScopedPortal.OtherOrganisation, TestContext.Current.CancellationToken))!);
        }

        using var editor = await OrganisationMembers.SignedInMemberAsync(factory, mine, OrganisationRole.Editor);
        using var administrator = await OrganisationMembers.SignedInMemberAsync(factory, mine, OrganisationRole.Administrator);
        using var otherEditor = await OrganisationMembers.SignedInMemberAsync(factory, theirs, OrganisationRole.Editor);
        using var otherAdministrator = await OrganisationMembers.SignedInMemberAsync(factory, theirs, OrganisationRole.Administrator);
        using var siteEditor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        using var unseated = await BrowserlessUser.SignedInAsync(factory, PortalRoles.CopilMember);
        using var copil = await OrganisationMembers.SeatedAsync(factory, PortalRoles.CopilMember, ScopedPortal.Process, CommitteeKind.Copil);
        using var otherCopil = await OrganisationMembers.SeatedAsync(factory, PortalRoles.CopilMember, ScopedPortal.OtherProcess, CommitteeKind.Copil);
        var before = factory.Smtp.Received.Count;

        var form = await editor.GetAsync(Edit);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(form, "form.stacked-form", new() { ["text"] = "Bilan de la communauté." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(await editor.GetAsync(Edit), "form.workflow-action", [])).StatusCode);
        var toCopil = (await factory.Smtp.WaitForAsync(before + 1)).Skip(before).Single(r => r.EnvelopeRecipients.Contains(copil.Email)).Message;
        var review = new Uri(toCopil.TextBody!.Split('\n').Single(l => l.StartsWith("Ouvrir la soumission : ", StringComparison.Ordinal))["Ouvrir la soumission : ".Length..].Trim()).PathAndQuery;
        var page = await copil.GetAsync(review);
        Assert.Equal(HttpStatusCode.Redirect, (await copil.SubmitAsync(page, "form.workflow-action", new() { ["comment"] = "Préciser les chiffres." })).StatusCode);

        // Messages are sent in order: once the decision's has arrived, every message of the submission has too.
        var received = (await factory.Smtp.WaitForAsync(before + 2)).Skip(before).SelectMany(r => r.EnvelopeRecipients).ToList();
        Assert.Equal([copil.Email, editor.Email], received);
        foreach (var outsider in new[] { administrator, otherEditor, otherAdministrator, siteEditor, unseated, otherCopil })
        {
            Assert.DoesNotContain(outsider.Email, received);
        }
    }
}
