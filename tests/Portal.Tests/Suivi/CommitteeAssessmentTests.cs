using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;

namespace Portal.Tests.Suivi;

/// <summary>The follow-up committee's own voice: its members write assessments for their process only, never responses; the public reads both voices side by side.</summary>
public sealed class CommitteeAssessmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "demo-departement-assemblee-citoyenne-2022";
    private const string Metropole = "demo-cu-vivre-demain-2036";

    [Fact]
    public async Task A_committee_member_writes_an_assessment_for_their_process_as_a_draft()
    {
        var ct = TestContext.Current.CancellationToken;
        using var member = await SeatedMemberAsync(ct);

        var saved = await member.SubmitAsync($"/admin/comite-de-suivi/appreciation?demarche={Departement}&code=ALI-2", "#appreciation",
            new() { ["Grade"] = "trop-tot", ["Justification"] = "Les épiceries mobiles tournent depuis trois mois seulement.", ["Date"] = "2024-07-01" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = ProcessItemIds.Assessment(ProcessItemIds.Proposition(Departement, "ALI-2"));
        var draft = await db.ContentItemVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.Latest, ct);
        Assert.False(draft.Published);
        Assert.Equal(member.Email, draft.Author, ignoreCase: true);
        Assert.Contains("trop-tot", draft.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_cannot_assess_another_process_nor_touch_a_response()
    {
        var ct = TestContext.Current.CancellationToken;
        using var member = await SeatedMemberAsync(ct);

        var elsewhere = await member.Client.GetAsync(new Uri($"/admin/comite-de-suivi/appreciation?demarche={Metropole}&code=P-1", UriKind.Relative), ct);
        var response = ProcessItemIds.Response(ProcessItemIds.Proposition(Departement, "ALI-2"));
        var edit = await member.Client.GetAsync(new Uri($"/admin/contenu/modifier?id={Uri.EscapeDataString(response)}", UriKind.Relative), ct);
        var post = await member.Client.PostAsync(new Uri($"/admin/contenu/modifier?id={Uri.EscapeDataString(response)}", UriKind.Relative), new FormUrlEncodedContent([]), ct);

        Assert.StartsWith("/admin/acces-refuse", elsewhere.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/admin/acces-refuse", edit.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        var list = await member.GetAsync("/admin/comite-de-suivi");
        Assert.Contains(list.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Assemblée citoyenne départementale des Monts-d'Orvale");
        Assert.DoesNotContain(list.QuerySelectorAll("h2"), h => h.TextContent.Contains("Vivre demain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_permalink_shows_the_committees_voice_beside_the_organisers()
    {
        var page = await factory.GetDocumentAsync("/demarches/assemblee-citoyenne-departementale-2022-2023/propositions/NUM-1");

        var voices = page.QuerySelectorAll(".two-voices > section").Select(s => s.ClassName).ToList();
        Assert.Equal(["voice voice-organiser", "voice voice-committee"], voices);
        var committee = page.QuerySelector(".voice-committee")!;
        Assert.Contains("Reprise modifiée", committee.TextContent, StringComparison.Ordinal);
        Assert.Contains("Appréciation du comité de suivi citoyen", committee.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Retenue", page.QuerySelector(".voice-organiser .decision")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<BrowserlessUser> SeatedMemberAsync(CancellationToken ct)
    {
        var member = await BrowserlessUser.SignedInAsync(factory, PortalRoles.FollowUpCommittee);
        await using var scope = factory.Services.CreateAsyncScope();
        var committees = scope.ServiceProvider.GetRequiredService<ProcessCommittees>();
        Assert.True(await committees.SeatAsync(Departement, CommitteeKind.FollowUp, new CommitteeSeat { UserName = member.Email, DisplayName = "Membre du comité" }, "test", ct));
        return member;
    }
}
