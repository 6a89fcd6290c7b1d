using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Audit;

/// <summary>
/// The chain's link over the entry's fields and the previous link, in a fixed text form: HMAC-SHA-256 with
/// the <see cref="AuditKey"/> (entries written since the key exists), or plain SHA-256 for legacy entries.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The legacy, unkeyed hash: anyone can recompute it, so it only proves accidental integrity.</summary>
    public static string Of(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(TextOf(entry)));

    public static string Keyed(AuditEntry entry, byte[] key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, TextOf(entry)));

    private static byte[] TextOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Each field on its own line, lengths first, so no two different entries share a text form.
        var text = string.Join('\n', new[]
        {
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.TimestampUtc.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            entry.Actor, entry.Action, entry.ContentItemId, entry.ContentType,
            entry.Version.ToString(CultureInfo.InvariantCulture),
            entry.Comment ?? string.Empty,
            entry.PreviousHash,
        }.Select(field => field.Length.ToString(CultureInfo.InvariantCulture) + ":" + field));
        return Encoding.UTF8.GetBytes(text);
    }
}
