using System.Security.Cryptography;

namespace Portal.Core.Identity;

/// <summary>Random passwords shown once (first administrator, accounts created without a password).</summary>
public static class OneTimePasswords
{
    /// <summary>18 random bytes in base64url, plus one of each character class so any password policy accepts it.</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=') + "aA1!";
}
