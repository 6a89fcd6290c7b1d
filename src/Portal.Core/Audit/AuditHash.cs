using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Audit;

/// <summary>The chain's hash: SHA-256 over the entry's fields and the previous hash, in a fixed text form.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(AuditEntry entry)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
