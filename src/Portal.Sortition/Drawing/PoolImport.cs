using System.Security.Cryptography;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>An imported pool: its public canonical form, and each volunteer's contact details kept apart (private).</summary>
public sealed record ImportedPool(Pool Pool, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ContactsById);

/// <summary>
/// Reads the volunteers' CSV (UTF-8 with or without BOM, or Windows-1252; <c>,</c> or <c>;</c>): only the
/// columns declared public become features, every other column is kept apart as private contact data,
/// and each volunteer gets a fresh random pseudonymous ID.
/// </summary>
public static class PoolImport
{
    /// <summary>RFC 4648 base32: no 0/1/8/9, so IDs read aloud or copied by hand are hard to confuse.</summary>
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static readonly IReadOnlyList<string> DefaultContactColumns = ["nom", "prénom", "prenom", "email", "courriel", "téléphone", "telephone", "adresse"];

    /// <summary>
    /// Decodes the file as the propositions import does (<see cref="Portal.Core.Text.SpreadsheetText"/>: UTF-8, else Windows-1252) and refuses text that
    /// neither decodes cleanly: a NUL, an undefined Windows-1252 byte or another control character.
    /// </summary>
    public static string Decode(byte[] file)
    {
        var text = Portal.Core.Text.SpreadsheetText.Decode(file);
        var bad = text.IndexOfAny([.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFD']);
        if (bad >= 0)
        {
            var line = text.AsSpan(0, bad).Count('\n') + 1;
            throw new FormatException($"Le fichier du vivier n'est lisible ni en UTF-8 ni en Windows-1252 (caractère illisible ligne {line}) : enregistrez-le au format « CSV UTF-8 ».");
        }

        return text;
    }

    /// <summary>The preview of a pool file: columns, their default declaration, the re-identification risk.</summary>
    public static PoolPreview Preview(byte[] file)
    {
        var rows = Rows(Decode(file));
        return new PoolPreview(rows[0], rows.Skip(1).ToList());
    }

    /// <summary>
    /// Imports a pool file with its columns declared public (null: the preview's defaults). Declaring public
    /// an identifier, contact values or an identifying column is refused with the reasons, in French.
    /// </summary>
    public static ImportedPool Read(byte[] file, IReadOnlyCollection<string>? publicColumns)
    {
        var preview = Preview(file);
        var declared = publicColumns ?? preview.DefaultPublic;
        if (preview.Problems(declared) is { Count: > 0 } problems)
        {
            throw new FormatException(string.Join(" ", problems));
        }

        var isPublic = declared.Select(Pool.Normalise).ToHashSet(StringComparer.Ordinal);
        return Build(Rows(Decode(file)), h => !isPublic.Contains(h));
    }

    /// <summary>Reads already-decoded text with the listed contact columns private and every other column public (tests, replays).</summary>
    public static ImportedPool Read(string csvText, IReadOnlyCollection<string> contactColumns)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        ArgumentNullException.ThrowIfNull(contactColumns);
        return Build(Rows(csvText.TrimStart('\uFEFF')), h => contactColumns.Any(c => string.Equals(Pool.Normalise(c), h, StringComparison.OrdinalIgnoreCase)));
    }

    private static List<List<string>> Rows(string text)
    {
        var rows = Csv.Parse(text, Csv.DetectDelimiter(text));
        if (rows.Count < 2)
        {
            throw new FormatException("Le fichier ne contient aucun volontaire (une ligne d'en-tête puis une ligne par volontaire).");
        }

        rows[0] = rows[0].Select(Pool.Normalise).ToList();
        var wrong = rows.Select((r, k) => (r, k)).FirstOrDefault(p => p.r.Count != rows[0].Count);
        if (wrong.r is not null)
        {
            throw new FormatException($"Ligne {wrong.k + 1} : {wrong.r.Count} colonnes au lieu de {rows[0].Count}.");
        }

        return rows;
    }

    private static ImportedPool Build(List<List<string>> rows, Func<string, bool> isPrivate)
    {
        var header = rows[0];
        var isContact = header.Select(isPrivate).ToList();
        var features = header.Where((_, k) => !isContact[k]).ToList();
        if (features.Count == 0)
        {
            throw new FormatException("Aucune colonne de critère (canton, genre, âge…) : toutes les colonnes sont des coordonnées.");
        }

        if (features.Any(f => f.Length == 0) || features.Distinct(StringComparer.Ordinal).Count() != features.Count)
        {
            throw new FormatException("Les noms de colonnes doivent être non vides et distincts.");
        }

        if (features.FirstOrDefault(PoolColumns.IsIdentifier) is { } identifier)
        {
            throw new FormatException($"La colonne « {identifier} » ne peut pas être publique : c'est un identifiant ; le portail donne à chaque volontaire son propre identifiant pseudonyme.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var volunteers = new List<Volunteer>();
        var contacts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
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
