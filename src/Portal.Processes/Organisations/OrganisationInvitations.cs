using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Core.Public;

namespace Portal.Processes.Organisations;

/// <summary>
/// Brings people into an organisation by e-mail. A person without an account receives a one-time link (valid
/// <see cref="Validity"/>, revocable) to choose a password, and becomes a member on choosing it; a person who already
/// has an account is made a member at once and told so. Every step is audited under the organisation, never with an
/// address; the link's token is kept only as its hash.
/// </summary>
public sealed class OrganisationInvitations(
    PortalDbContext db, OrganisationStore store, UserManager<PortalUser> users, IEmailSender email, PublicSite site, TimeProvider clock)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    /// <summary>The invitations of an organisation still waiting for their answer.</summary>
    public async Task<IReadOnlyList<OrganisationInvitation>> PendingAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        var now = StoredTime.UtcNow(clock);
        return await db.Set<OrganisationInvitation>().AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now)
            .OrderBy(i => i.Email).ToListAsync(cancellationToken);
    }

    /// <summary>Invites <paramref name="address"/> to the organisation with <paramref name="role"/>; replaces an invitation still pending for the same address.</summary>
    public async Task<InvitationSent> InviteAsync(Organisation organisation, string address, OrganisationRole role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var normalised = address.Trim().ToLowerInvariant();
        if (await users.FindByEmailAsync(normalised) is { } account)
        {
            await store.SetMemberAsync(organisation, account.UserName!, role, actor, cancellationToken);
            await email.SendAsync(new EmailMessage(account.Email!, $"Vous êtes membre de « {organisation.Name} »",
                $"Bonjour,\n\nVous êtes désormais {OrganisationLabels.Of(role)} de « {organisation.Name} » sur le portail de la participation.\n"
                + $"Connectez-vous avec votre compte habituel :\n{site.Url("/admin/connexion")}\n"), cancellationToken);
            return InvitationSent.ExistingAccount;
        }

        foreach (var pending in await PendingForAsync(organisation.Id, normalised, cancellationToken))
        {
            await RevokeAsync(organisation, pending.Id, actor, "remplacée par une nouvelle invitation", cancellationToken);
        }

        var token = OneTimeTokens.New();
        var now = StoredTime.UtcNow(clock);
        var invitation = db.Add(new OrganisationInvitation
        {
            OrganisationId = organisation.Id, Email = normalised, Role = role, TokenHash = OneTimeTokens.Hash(token), CreatedUtc = now, ExpiresUtc = now + Validity,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        await store.AuditAsync(actor, "invitation-envoyee", organisation,
            $"invitation n° {invitation.Id} : {OrganisationLabels.Of(role)}, valable jusqu'au {Core.Text.French.DateTime(invitation.ExpiresUtc)}", cancellationToken);

        // From the configured address only: a forged Host header must not carry the token to another server.
        var link = site.Url($"/admin/invitation?jeton={token}");
        await email.SendAsync(new EmailMessage(normalised, $"Invitation à rejoindre « {organisation.Name} »",
            $"Bonjour,\n\nVous êtes invité(e) à rejoindre « {organisation.Name} » sur le portail de la participation, en tant que {OrganisationLabels.Of(role)}.\n\n"
            + $"Pour accepter, choisissez votre mot de passe en ouvrant ce lien (valable une seule fois, jusqu'au {Core.Text.French.DateTime(invitation.ExpiresUtc)}) :\n{link}\n\n"
            + "Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera créé.\n"), cancellationToken);
        return InvitationSent.LinkSent;
    }

    /// <summary>Revokes a pending invitation: its link no longer works.</summary>
    public Task<bool> RevokeAsync(Organisation organisation, long invitationId, string actor, CancellationToken cancellationToken = default) =>
        RevokeAsync(organisation, invitationId, actor, null, cancellationToken);

    private async Task<bool> RevokeAsync(Organisation organisation, long invitationId, string actor, string? why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var now = StoredTime.UtcNow(clock);
        var revoked = await db.Set<OrganisationInvitation>()
            .Where(i => i.Id == invitationId && i.OrganisationId == organisation.Id && i.AcceptedUtc == null && i.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedUtc, now), cancellationToken);
        if (revoked > 0)
        {
            await store.AuditAsync(actor, "invitation-revoquee", organisation, $"invitation n° {invitationId}{(why is null ? "" : " : " + why)}", cancellationToken);
        }

        return revoked > 0;
    }

    /// <summary>What the link carrying <paramref name="token"/> opens, as of now.</summary>
    public async Task<InvitationLookup> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new InvitationLookup(InvitationState.Unknown, null, null);
        }

        var hash = OneTimeTokens.Hash(token);
        var invitation = await db.Set<OrganisationInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return new InvitationLookup(InvitationState.Unknown, null, null);
        }

        var organisation = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == invitation.OrganisationId, cancellationToken);
        var state = invitation.AcceptedUtc is not null ? InvitationState.Used
            : invitation.RevokedUtc is not null ? InvitationState.Revoked
            : invitation.ExpiresUtc <= StoredTime.UtcNow(clock) ? InvitationState.Expired
            : InvitationState.Pending;
        return new InvitationLookup(state, invitation, organisation);
    }

    /// <summary>
    /// Accepts the invitation: creates the account with <paramref name="password"/> (the site's password rules), makes
    /// it a member, and spends the link, all in one transaction (two tabs posting at once: one wins). When an account
    /// with the invited address exists by now, its password is left alone and it is only made a member.
    /// </summary>
    public async Task<InvitationAccepted> AcceptAsync(string? token, string password, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found.State != InvitationState.Pending)
        {
            return new InvitationAccepted(found.State, null, []);
        }

        var (invitation, organisation) = (found.Invitation!, found.Organisation!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = StoredTime.UtcNow(clock);
        var claimed = await db.Set<OrganisationInvitation>()
            .Where(i => i.Id == invitation.Id && i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return new InvitationAccepted(InvitationState.Used, null, []);
        }

        var account = await users.FindByEmailAsync(invitation.Email);
        var existed = account is not null;
        if (account is null)
        {
            account = new PortalUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new InvitationAccepted(InvitationState.Pending, null, [.. created.Errors.Select(e => e.Description)]);
            }
        }

        await store.AuditAsync(account.UserName!, "invitation-acceptee", organisation, $"invitation n° {invitation.Id} : {OrganisationLabels.Of(invitation.Role)}", cancellationToken);
        await store.SetMemberAsync(organisation, account.UserName!, invitation.Role, account.UserName!, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationAccepted(existed ? InvitationState.AcceptedByExistingAccount : InvitationState.Accepted, account, []);
    }

    private async Task<List<OrganisationInvitation>> PendingForAsync(long organisationId, string address, CancellationToken cancellationToken) =>
        [.. (await PendingAsync(organisationId, cancellationToken)).Where(i => i.Email == address)];
}

public enum InvitationSent
{
    LinkSent,
    ExistingAccount,
}

public enum InvitationState
{
    Unknown,
    Pending,
    Used,
    Revoked,
    Expired,
    Accepted,
    AcceptedByExistingAccount,
}

/// <summary>An invitation found by its link's token, with its organisation, and what it still allows.</summary>
public sealed record InvitationLookup(InvitationState State, OrganisationInvitation? Invitation, Organisation? Organisation);

/// <summary>The outcome of an acceptance: the account now a member, or the problems (French) with the password.</summary>
public sealed record InvitationAccepted(InvitationState State, PortalUser? Account, IReadOnlyList<string> Problems);
