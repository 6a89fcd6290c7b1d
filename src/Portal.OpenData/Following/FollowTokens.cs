using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.OpenData.Following;

/// <summary>
/// The follows' tokens. A confirmation token is a <see cref="Core.Identity.OneTimeTokens"/> one, stored as its hash only. An unsubscription
/// token must be in every message for as long as the follow lasts, so it is not stored at all: it is the follow's number
/// sealed by the site's data-protection keys (authenticated encryption, kept in the database and shared by the nodes),
/// which nobody can forge and which opens only on this site.
/// </summary>
public sealed class FollowTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("Portal.OpenData.Following.Unsubscribe.v1");

    public string UnsubscribeToken(long subscriptionId) =>
        WebEncoders.Base64UrlEncode(_unsubscribe.Protect(BitConverter.GetBytes(subscriptionId)));

    /// <summary>The follow a token names, or null when it is not one of this site's.</summary>
    public long? SubscriptionOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 500)
        {
            return null;
        }

        try
        {
            var bytes = _unsubscribe.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == sizeof(long) ? BitConverter.ToInt64(bytes) : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
