using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Core.Identity;

/// <summary>
/// Secret links sent by e-mail (a follow's confirmation, an invitation): 32 random bytes in URL-safe Base64, stored only
/// as their SHA-256, so that a copy of the database opens no link.
/// </summary>
public static class OneTimeTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash stored in place of <paramref name="token"/>, in lower-case hexadecimal.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
