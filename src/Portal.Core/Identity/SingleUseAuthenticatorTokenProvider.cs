using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

/// <summary>
/// TOTP codes from an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, the framework's
/// tolerance of two steps either way), each usable once: the last accepted step is stored with the account and
/// a code of that step or an earlier one is refused, so a code seen over a shoulder or in a proxy log cannot be replayed.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "PortalAuthenticator";

    private const string Store = "[PortalAuthenticator]";
    private const string LastStep = "LastAcceptedStep";
    private const int Tolerance = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The app computes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit) || Base32.Decode(await manager.GetAuthenticatorKeyAsync(user)) is not { Length: > 0 } key)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : long.MinValue;
        for (var step = now - Tolerance; step <= now + Tolerance; step++)
        {
            if (step > last && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                // Recorded before the code is accepted; a concurrent use of the same code fails on the account's concurrency stamp.
                return await TryRecordAsync(manager, user, step);
            }
        }

        return false;
    }

    private static async Task<bool> TryRecordAsync(UserManager<PortalUser> manager, PortalUser user, long step)
    {
        try
        {
            return (await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture))).Succeeded;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>The 6-digit code of one 30-second step.</summary>
    internal static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its use here is not a collision-resistance one.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base 32, as the framework writes authenticator keys.</summary>
    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[]? Decode(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var bytes = new List<byte>();
            int buffer = 0, bits = 0;
            foreach (var c in text.TrimEnd('=').ToUpperInvariant())
            {
                var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
                if (value < 0)
                {
                    return null;
                }

                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes.Add((byte)(buffer >> bits));
                    buffer &= (1 << bits) - 1;
                }
            }

            return [.. bytes];
        }
    }
}
