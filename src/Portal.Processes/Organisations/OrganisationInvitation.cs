namespace Portal.Processes.Organisations;

/// <summary>
/// An invitation, sent by e-mail, to join an organisation with a role by choosing a password. The link's token is
/// kept only as its SHA-256 hash: whoever reads the database cannot use a pending invitation. It works once, until
/// <see cref="ExpiresAt"/>, unless revoked.
/// </summary>
public sealed class OrganisationInvitation
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    /// <summary>The address invited, lower case: the account created on acceptance signs in with it.</summary>
    public required string Email { get; set; }

    public OrganisationRole Role { get; set; }

    /// <summary>The SHA-256 of the link's token, in lower-case hexadecimal.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>Whether the link still opens the door at <paramref name="nowUtc"/>.</summary>
    public bool IsPendingAt(DateTime nowUtc) => AcceptedUtc is null && RevokedUtc is null && ExpiresUtc > nowUtc;
}
