using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>One volunteer as the public sees them: a random pseudonymous ID and feature values only.</summary>
public sealed record Volunteer(string Id, IReadOnlyDictionary<string, string> Features);

/// <summary>
/// The pool in canonical form. Features are sorted by name, volunteers by ID (UTF-8 byte order), values
/// NFC-normalised and trimmed. <see cref="ToCsv"/> is the exact text whose SHA-256 the commitment holds.
/// </summary>
public sealed class Pool
{
    public Pool(IEnumerable<string> features, IEnumerable<Volunteer> volunteers)
    {
        Features = features.Select(Normalise).OrderBy(f => f, Utf8Ordinal.Instance).ToList();
        Volunteers = volunteers
            .Select(v => new Volunteer(v.Id, Features.ToDictionary(f => f, f => Normalise(v.Features[f]), StringComparer.Ordinal)))
            .OrderBy(v => v.Id, Utf8Ordinal.Instance)
            .ToList();
        var duplicate = Volunteers.GroupBy(v => v.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Identifiant en double dans le vivier : {duplicate.Key}.");
        }
    }

    public IReadOnlyList<string> Features { get; }

    public IReadOnlyList<Volunteer> Volunteers { get; }

    /// <summary>UTF-8 without BOM, LF line ends (a final LF too), header <c>id,&lt;features&gt;</c>.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append("id");
        foreach (var feature in Features)
        {
            text.Append(',').Append(Csv.Field(feature));
        }

        text.Append('\n');
        foreach (var volunteer in Volunteers)
        {
            text.Append(Csv.Field(volunteer.Id));
            foreach (var feature in Features)
            {
                text.Append(',').Append(Csv.Field(volunteer.Features[feature]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public byte[] ToBytes() => Hashes.Utf8.GetBytes(ToCsv());

    public string Hash => Hashes.Sha256Hex(ToBytes());

    /// <summary>Reads a canonical pool back (from a kit); the caller compares its hash with the commitment.</summary>
    public static Pool FromCsv(string canonicalCsv)
    {
        var rows = Csv.Parse(canonicalCsv, ',');
        if (rows.Count == 0 || rows[0].Count == 0 || rows[0][0] != "id")
        {
            throw new FormatException("Le fichier du vivier doit commencer par la colonne « id ».");
        }

        var features = rows[0].Skip(1).ToList();
        var volunteers = rows.Skip(1).Select(r => r.Count != rows[0].Count
            ? throw new FormatException($"Ligne du volontaire {r[0]} : {r.Count} colonnes au lieu de {rows[0].Count}.")
            : new Volunteer(r[0], features.Select((f, k) => (f, v: r[k + 1])).ToDictionary(p => p.f, p => p.v, StringComparer.Ordinal)));
        return new Pool(features, volunteers);
    }

    public static string Normalise(string value) => value.Trim().Normalize(NormalizationForm.FormC);
}
