using System.Globalization;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>
/// What is published before the draw. Its canonical text (<see cref="ToText"/>) is six LF-terminated lines
/// of ASCII keys (seven with a committed lottery: <c>panels-sha256</c> after the quotas); its SHA-256 is
/// the commitment hash; the seed is SHA-256 of that hash (lowercase hex) immediately followed by the
/// public randomness, both as UTF-8.
/// </summary>
public sealed record Commitment(string Algorithm, string PoolHash, string QuotasHash, string RandomnessRule, DateTime CommittedUtc, string? PanelsHash = null)
{
    private const string Magic = "PORTAL-TIRAGE-ENGAGEMENT 1";

    public string ToText() =>
        $"{Magic}\nalgorithme: {Algorithm}\nvivier-sha256: {PoolHash}\nquotas-sha256: {QuotasHash}\n" +
        (PanelsHash is null ? string.Empty : $"panels-sha256: {PanelsHash}\n") +
        $"alea-public: {OneLine(RandomnessRule)}\ndate: {CommittedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\n";

    public string Hash => Hashes.Sha256Hex(ToText());

    /// <summary>The seed bytes for a public randomness string (NFC, trimmed) revealed after the commitment.</summary>
    public byte[] Seed(string publicRandomness) => SeedFrom(Hash, publicRandomness);

    public static byte[] SeedFrom(string commitmentHash, string publicRandomness)
    {
        ArgumentNullException.ThrowIfNull(publicRandomness);
        return System.Security.Cryptography.SHA256.HashData(Hashes.Utf8.GetBytes(commitmentHash + NormaliseRandomness(publicRandomness)));
    }

    public static string NormaliseRandomness(string value) => OneLine(value);

    public static Commitment Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length < 6 || lines[0] != Magic)
        {
            throw new FormatException("engagement.txt n'est pas un engagement de tirage Portal (version 1).");
        }

        var fields = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
        return new Commitment(fields["algorithme"], fields["vivier-sha256"], fields["quotas-sha256"], fields["alea-public"],
            DateTime.ParseExact(fields["date"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            fields.GetValueOrDefault("panels-sha256"));
    }

    private static string OneLine(string value) =>
        string.Join(' ', value.Normalize(NormalizationForm.FormC).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
}
