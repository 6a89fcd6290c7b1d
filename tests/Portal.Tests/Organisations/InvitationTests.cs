using AngleSharp.Dom;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Processes.Organisations;
using Portal.Tests.Email;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>
/// Invitations to an organisation through HTTP, HTML and the SMTP path the portal uses: the link works once, expires,
/// can be revoked, is kept only as a hash; only the organisation's administrators (and the site's) invite; every step
/// is in the organisation's audited change list.
/// </summary>
public sealed partial class InvitationTests(InvitationTests.InvitationPortal portal) : IClassFixture<InvitationTests.InvitationPortal>
{
    private const string NewPassword = "Un-mot-de-passe-choisi-42";

    /// <summary>The portal with an SMTP server that answers and a clock the tests move.</summary>
    public sealed class InvitationPortal : PortalFactoryBase
    {
        public SmtpListener Smtp { get; } = new();

        public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void Configure(IWebHostBuilder builder)
        {
            SmtpSettings.Apply(builder, Smtp.Port);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invitation_link_works_once_and_lands_the_person_signed_in_as_member()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();
        var invited = Address();

        var (token, mail) = await InviteAsync(administrator, organisation, invited, "Editor");
        using var visitor = new BrowserlessUser(portal);
        var accepted = await visitor.SubmitAsync($"/admin/invitation?jeton={token}", "#accepter", new() { ["Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/admin", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var memberships = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().MembershipsAsync(invited, Ct);
            Assert.Equal((organisation.Id, OrganisationRole.Editor), Assert.Single(memberships));
        }

        using var second = new BrowserlessUser(portal);
        var again = await second.Client.GetAsync(new Uri($"/admin/invitation?jeton={token}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/invitation", again);
        Assert.Equal("Ce lien d'invitation n'est plus valable", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("déjà été acceptée", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#accepter"));
        Assert.Equal(HttpStatusCode.Gone, (await PostAcceptAsync(second, token, "Un-autre-mot-de-passe-99")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(invited, NewPassword)).StatusCode);
        Assert.DoesNotContain(NewPassword, mail.TextBody, StringComparison.Ordinal);
        Assert.All(portal.Smtp.Received, r => Assert.DoesNotContain(NewPassword, r.Message.TextBody ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expired_invitation_link_is_refused_with_a_french_page_saying_how_to_ask_again()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();
        var invited = Address();
        var (token, _) = await InviteAsync(administrator, organisation, invited, "Administrator");

        var now = portal.Clock.Now;
        portal.Clock.Now = now + OrganisationInvitations.Validity + TimeSpan.FromMinutes(1);
        try
        {
            using var visitor = new BrowserlessUser(portal);
            var opened = await visitor.Client.GetAsync(new Uri($"/admin/invitation?jeton={token}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
            var text = (await BrowserlessUser.ParseAsync("/admin/invitation", opened)).QuerySelector("main")!.TextContent;
            Assert.Contains("a expiré", text, StringComparison.Ordinal);
            Assert.Contains("demandez-la à l'administrateur de l'organisation", text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Gone, (await PostAcceptAsync(visitor, token, NewPassword)).StatusCode);
        }
        finally
        {
            portal.Clock.Now = now;
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(invited, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Revoked_invitation_link_no_longer_opens_and_every_step_is_in_the_organisation_change_list()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();
        var (revokedToken, _) = await InviteAsync(administrator, organisation, Address(), "Editor");
        var page = await administrator.GetAsync($"/admin/organisations/{organisation.Slug}");
        var revoked = await administrator.SubmitAsync(page, "form[id^=revoquer-]", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var (token, _) = await InviteAsync(administrator, organisation, Address(), "Editor");
        using var visitor = new BrowserlessUser(portal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAcceptAsync(visitor, token, NewPassword)).StatusCode);

        using var stranger = new BrowserlessUser(portal);
        var opened = await stranger.Client.GetAsync(new Uri($"/admin/invitation?jeton={revokedToken}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("retirée", (await BrowserlessUser.ParseAsync("/admin/invitation", opened)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var trail = await TrailAsync(organisation.Slug);
        Assert.Equal(2, trail.Count(e => e.Action == "invitation-envoyee"));
        Assert.Single(trail, e => e.Action == "invitation-revoquee");
        Assert.Single(trail, e => e.Action == "invitation-acceptee");
        Assert.Contains(trail, e => e.Action == "membre-ajoute" && e.Comment!.EndsWith("éditeur", StringComparison.Ordinal));
        Assert.All(trail, e => Assert.DoesNotContain("@", e.Comment ?? string.Empty, StringComparison.Ordinal));
        var journal = (await administrator.GetAsync($"/admin/organisations/{organisation.Slug}")).QuerySelector("section[aria-labelledby=journal] tbody")!.TextContent;
        Assert.Contains("invitation envoyée", journal, StringComparison.Ordinal);
        Assert.Contains("invitation révoquée", journal, StringComparison.Ordinal);
        Assert.Contains("invitation acceptée", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_is_stored_only_as_its_hash()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();
        var invited = Address();

        var (token, _) = await InviteAsync(administrator, organisation, invited, "Editor");

        await using var scope = portal.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OrganisationInvitation>().SingleAsync(i => i.Email == invited, Ct);
        Assert.Equal(Portal.Core.Identity.OneTimeTokens.Hash(token), row.TokenHash);
        Assert.DoesNotContain(token, row.TokenHash, StringComparison.Ordinal);
        Assert.True(token.Length >= 40, "the token carries 256 random bits");
    }

    [Fact]
    public async Task Neither_an_editor_of_the_organisation_nor_an_administrator_of_another_may_invite()
    {
        var (organisation, _) = await OrganisationWithAdministratorAsync();
        var other = await OrganisationMembers.OrganisationAsync(portal, $"Autre {Guid.NewGuid():N}");
        using var editor = await OrganisationMembers.SignedInMemberAsync(portal, organisation, OrganisationRole.Editor);
        using var otherAdministrator = await OrganisationMembers.SignedInMemberAsync(portal, other, OrganisationRole.Administrator);
        var before = portal.Smtp.Received.Count;

        foreach (var (person, page) in new[] { (editor, "/admin/securite"), (otherAdministrator, $"/admin/organisations/{other.Slug}") })
        {
            // A form of a page they may open, aimed at the organisation's invitation handler: the antiforgery token is valid.
            var document = await person.GetAsync(page);
            var form = document.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
            form.SetAttribute("action", $"/admin/organisations/{organisation.Slug}?handler=Invite");
            var response = await person.SubmitAsync(document, "main form[method=post]", new() { ["invitedEmail"] = Address(), ["invitedRole"] = "Administrator" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/acces-refuse", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await TrailAsync(organisation.Slug), e => e.Action == "invitation-envoyee");
        Assert.Equal(before, portal.Smtp.Received.Count);
    }

    [Fact]
    public async Task Inviting_an_existing_account_makes_it_a_member_and_tells_it_without_a_link()
    {
        using var site = await BrowserlessUser.SignedInAsync(portal, Core.Identity.PortalRoles.Administrator);
        var organisation = await OrganisationMembers.OrganisationAsync(portal, $"Préfecture {Guid.NewGuid():N}");
        using var existing = await BrowserlessUser.SignedInAsync(portal, Core.Identity.PortalRoles.CopilMember);
        var before = portal.Smtp.Received.Count;

        var sent = await site.SubmitAsync($"/admin/organisations/{organisation.Slug}", "#inviter", new() { ["invitedEmail"] = existing.Email, ["invitedRole"] = "Editor" });

        Assert.EndsWith("fait=compte-existant", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = (await portal.Smtp.WaitForAsync(before + 1)).Last(r => r.EnvelopeRecipients.Contains(existing.Email)).Message;
        Assert.Contains("Vous êtes désormais éditeur", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("jeton", mail.TextBody, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().MembershipsAsync(existing.Email, Ct));
    }

    [Fact]
    public async Task A_short_password_is_refused_in_french_beside_its_field_and_the_link_still_works()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();
        var (token, _) = await InviteAsync(administrator, organisation, Address(), "Editor");
        using var visitor = new BrowserlessUser(portal);

        var refused = await PostAcceptAsync(visitor, token, "court");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/invitation", refused);
        var link = page.QuerySelector(".error-summary a[href='#Password']")!;
        Assert.Contains("12 caractères", link.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAcceptAsync(visitor, token, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Invitation_form_with_a_wrong_address_is_refused_with_a_summary_linked_to_the_field()
    {
        var (organisation, administrator) = await OrganisationWithAdministratorAsync();

        var refused = await administrator.SubmitAsync($"/admin/organisations/{organisation.Slug}", "#inviter", new() { ["invitedEmail"] = "pas une adresse" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserlessUser.ParseAsync($"/admin/organisations/{organisation.Slug}", refused);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#invitedEmail']"));
        Assert.Equal("true", page.QuerySelector("#invitedEmail")!.GetAttribute("aria-invalid"));
    }

    private async Task<(Organisation, BrowserlessUser)> OrganisationWithAdministratorAsync()
    {
        var organisation = await OrganisationMembers.OrganisationAsync(portal, $"Commune {Guid.NewGuid():N}");
        return (organisation, await OrganisationMembers.SignedInMemberAsync(portal, organisation, OrganisationRole.Administrator));
    }

    /// <summary>Sends the invitation from the organisation's page; returns the link's token read from the e-mail received over SMTP.</summary>
    private async Task<(string Token, MimeKit.MimeMessage Mail)> InviteAsync(BrowserlessUser administrator, Organisation organisation, string address, string role)
    {
        var before = portal.Smtp.Received.Count;
        var sent = await administrator.SubmitAsync($"/admin/organisations/{organisation.Slug}", "#inviter", new() { ["invitedEmail"] = address, ["invitedRole"] = role });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.EndsWith("fait=invitation", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = (await portal.Smtp.WaitForAsync(before + 1)).Last(r => r.EnvelopeRecipients.Contains(address)).Message;
        Assert.Equal($"Invitation à rejoindre « {organisation.Name} »", mail.Subject);
        var match = LinkToken().Match(mail.TextBody ?? string.Empty);
        Assert.True(match.Success, mail.TextBody);
        Assert.StartsWith(PortalFactoryBase.PublicUrl + "/admin/invitation?jeton=", match.Value, StringComparison.Ordinal);
        return (match.Groups["token"].Value, mail);
    }

    private static async Task<HttpResponseMessage> PostAcceptAsync(BrowserlessUser visitor, string token, string password)
    {
        var page = await visitor.Client.GetAsync(new Uri($"/admin/invitation?jeton={token}", UriKind.Relative), Ct);
        var document = await BrowserlessUser.ParseAsync($"/admin/invitation?jeton={token}", page);
        if (document.QuerySelector("#accepter") is null)
        {
            // The link no longer shows a form: post what a stale tab would, with the antiforgery token of the sign-in page.
            var signIn = await visitor.GetAsync("/admin/connexion");
            var form = signIn.QuerySelector<IHtmlFormElement>("main form")!;
            form.SetAttribute("action", $"/admin/invitation?jeton={token}");
            return await visitor.SubmitAsync(signIn, "main form", new() { ["Password"] = password, ["jeton"] = token });
        }

        return await visitor.SubmitAsync(document, "#accepter", new() { ["Password"] = password });
    }

    private async Task<HttpResponseMessage> SignInAsync(string address, string password)
    {
        using var visitor = new BrowserlessUser(portal);
        return await visitor.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = address, ["Password"] = password });
    }

    private async Task<List<AuditEntry>> TrailAsync(string slug)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .Where(e => e.ContentItemId == slug && e.ContentType == OrganisationStore.AuditType).ToListAsync(Ct);
    }

    private static string Address() => $"invite-{Guid.NewGuid():N}@exemple.fr";

    [GeneratedRegex(@"https?://\S+/admin/invitation\?jeton=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}
