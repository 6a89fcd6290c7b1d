using System.Globalization;
using Portal.Core.Text;

namespace Portal.Sortition.Drawing;

/// <summary>One column of the pool file as the preview shows it: public by default or not, and why.</summary>
public sealed record PoolColumn(string Name, bool PublicByDefault, bool CanBePublic, string? Reason, int DistinctValues);

/// <summary>
/// What the operator sees before committing a pool: each column declared public or private (contact-looking
/// columns private by default; identifiers and identifying columns can never be public), and how many
/// volunteers are alone with their combination of public values (the re-identification risk).
/// </summary>
public sealed class PoolPreview
{
    /// <summary>Above this share of volunteers unique on their public features, the preview asks to coarsen.</summary>
    public const double HighUniqueShare = 0.05;

    private readonly List<List<string>> _rows;

    internal PoolPreview(IReadOnlyList<string> header, List<List<string>> rows)
    {
        Header = header;
        _rows = rows;
        Columns = header.Select((name, k) => Classify(name, rows.Select(r => r[k]).ToList())).ToList();
    }

    public IReadOnlyList<string> Header { get; }

    public int Volunteers => _rows.Count;

    public IReadOnlyList<PoolColumn> Columns { get; }

    public IReadOnlyList<string> DefaultPublic => Columns.Where(c => c.PublicByDefault).Select(c => c.Name).ToList();

    /// <summary>Why the declaration cannot be committed (unknown column, identifier, identifying or contact values made public), in French.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string> publicColumns)
    {
        ArgumentNullException.ThrowIfNull(publicColumns);
        var problems = publicColumns.Select(Pool.Normalise).Where(p => !Header.Contains(p, StringComparer.Ordinal))
            .Select(p => $"La colonne « {p} » déclarée publique n'existe pas dans le fichier.").ToList();
        problems.AddRange(Columns.Where(c => !c.CanBePublic && publicColumns.Any(p => Pool.Normalise(p) == c.Name))
            .Select(c => $"La colonne « {c.Name} » ne peut pas être publique : {c.Reason}."));
        if (publicColumns.Count == 0)
        {
            problems.Add("Aucune colonne publique : déclarez au moins un critère (canton, genre, tranche d'âge…).");
        }

        return problems;
    }

    /// <summary>Volunteers whose combination of public values nobody else in the pool shares.</summary>
    public int UniqueVolunteers(IReadOnlyCollection<string> publicColumns)
    {
        ArgumentNullException.ThrowIfNull(publicColumns);
        var indexes = Header.Select((h, k) => (h, k)).Where(p => publicColumns.Any(c => Pool.Normalise(c) == p.h)).Select(p => p.k).ToList();
        return _rows.GroupBy(r => string.Join('\u001F', indexes.Select(k => Pool.Normalise(r[k]))), StringComparer.Ordinal).Count(g => g.Count() == 1);
    }

    /// <summary>The re-identification warning when too many volunteers are unique on their public features, else null.</summary>
    public string? RiskWarning(IReadOnlyCollection<string> publicColumns)
    {
        var unique = UniqueVolunteers(publicColumns);
        return Volunteers == 0 || (double)unique / Volunteers <= HighUniqueShare ? null
            : string.Create(French.Culture, $"Risque de ré-identification : {unique} volontaires sur {Volunteers} ({(double)unique / Volunteers:P0}) sont seuls à avoir leur combinaison de critères publics. Regroupez les valeurs d'un critère (par exemple des tranches d'âge plus larges) ou rendez-le privé.");
    }

    private static PoolColumn Classify(string name, List<string> values)
    {
        var distinct = values.Select(Pool.Normalise).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Count();
        if (name == "id" || PoolColumns.IsIdentifier(name))
        {
            return new PoolColumn(name, false, false, "c'est un identifiant ; le portail donne à chaque volontaire son propre identifiant pseudonyme", distinct);
        }

        if (PoolColumns.ContactContent(values) is { } looksLike)
        {
            return new PoolColumn(name, false, false, $"ses valeurs sont {looksLike}, des coordonnées personnelles", distinct);
        }

        if (values.Count >= PoolColumns.IdentifyingMinimumRows && distinct >= PoolColumns.IdentifyingShare * values.Count)
        {
            return new PoolColumn(name, false, false, string.Create(CultureInfo.InvariantCulture, $"ses valeurs sont presque toutes différentes ({distinct} pour {values.Count} volontaires) : elles identifieraient les personnes"), distinct);
        }

        return PoolColumns.IsContactHeader(name)
            ? new PoolColumn(name, false, true, "son nom évoque des coordonnées personnelles : privée sauf déclaration contraire", distinct)
            : new PoolColumn(name, true, true, null, distinct);
    }
}
