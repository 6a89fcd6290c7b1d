using System.Security.Cryptography;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>An imported pool: its public canonical form, and each volunteer's contact details kept apart (private).</summary>
public sealed record ImportedPool(Pool Pool, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ContactsById);

/// <summary>
/// Reads the volunteers' CSV (UTF-8, <c>,</c> or <c>;</c>): contact columns are split off, every other
/// column is a feature, and each volunteer gets a fresh random pseudonymous ID.
/// </summary>
public static class PoolImport
{
    /// <summary>RFC 4648 base32: no 0/1/8/9, so IDs read aloud or copied by hand are hard to confuse.</summary>
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static readonly IReadOnlyList<string> DefaultContactColumns = ["nom", "prénom", "prenom", "email", "courriel", "téléphone", "telephone", "adresse"];

    public static ImportedPool Read(string csvText, IReadOnlyCollection<string> contactColumns)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        ArgumentNullException.ThrowIfNull(contactColumns);
        var text = csvText.TrimStart('\uFEFF');
        var rows = Csv.Parse(text, Csv.DetectDelimiter(text));
        if (rows.Count < 2)
        {
            throw new FormatException("Le fichier ne contient aucun volontaire (une ligne d'en-tête puis une ligne par volontaire).");
        }

        var header = rows[0].Select(Pool.Normalise).ToList();
        var isContact = header.Select(h => contactColumns.Any(c => string.Equals(Pool.Normalise(c), h, StringComparison.OrdinalIgnoreCase))).ToList();
        var features = header.Where((_, k) => !isContact[k]).ToList();
        if (features.Count == 0)
        {
            throw new FormatException("Aucune colonne de critère (canton, genre, âge…) : toutes les colonnes sont des coordonnées.");
        }

        if (features.Any(f => f.Length == 0) || features.Distinct(StringComparer.Ordinal).Count() != features.Count)
        {
            throw new FormatException("Les noms de colonnes doivent être non vides et distincts.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var volunteers = new List<Volunteer>();
        var contacts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != header.Count)
            {
                throw new FormatException($"Ligne {r + 1} : {row.Count} colonnes au lieu de {header.Count}.");
            }

            string id;
            do
            {
                id = NewId();
            }
            while (!ids.Add(id));
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var contact = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < header.Count; k++)
            {
                (isContact[k] ? contact : values)[header[k]] = row[k];
            }

            volunteers.Add(new Volunteer(id, values));
            contacts[id] = contact;
        }

        return new ImportedPool(new Pool(features, volunteers), contacts);
    }

    /// <summary>10 base32 characters (50 bits) from the operating system's cryptographic generator.</summary>
    public static string NewId()
    {
        var id = new StringBuilder(10);
        for (var k = 0; k < 10; k++)
        {
            id.Append(Base32[RandomNumberGenerator.GetInt32(32)]);
        }

        return id.ToString();
    }
}
