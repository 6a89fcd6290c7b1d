using System.Text.RegularExpressions;
using Portal.Processes.Content;

namespace Portal.Processes.Imports;

/// <summary>
/// The portal's own open-data tables read back (<c>propositions.csv</c>, <c>reponses.csv</c>, <c>suivis.csv</c> of
/// <c>/donnees</c> or of a process's ZIP), recognised by their <c>demarche</c> and <c>permalien</c> columns. Their
/// texts are the published Markdown, taken as written (a file from elsewhere is plain text, escaped into Markdown);
/// lists are separated by « | »; evidence reads « titre &lt;adresse&gt; »; the decision and follow-up columns of
/// <c>propositions.csv</c> repeat what <c>reponses.csv</c> and <c>suivis.csv</c> hold, so they are left to those files.
/// </summary>
public static partial class OpenDataFormat
{
    /// <summary>What separates the values of a list cell (the open-data files never leave it inside a value).</summary>
    public const string ListSeparator = " | ";

    public static bool Recognises(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Select(ImportColumns.Normalise).ToList();
        return names.Contains("demarche") && names.Contains("permalien");
    }

    /// <summary>The values an open-data table fills: the propositions file's decision columns are not a response.</summary>
    public static IReadOnlyList<ImportField> Fields(ImportKind kind) => kind == ImportKind.Propositions
        ? [ImportField.Code, ImportField.Title, ImportField.Text, ImportField.Theme, ImportField.VotesFor, ImportField.VotesAgainst, ImportField.Abstentions,
            ImportField.SubmittedOn, ImportField.AuthorKind, ImportField.SourceUrl]
        : ImportField.For(kind);

    public static IReadOnlyList<string> List(string? cell) =>
        cell is null ? [] : [.. cell.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// Evidence as the <c>preuves</c> column writes it; a value without angle brackets is an error. The column carries
    /// no kind: an evidence with an address reads as a plain link, one without (« titre &lt;&gt; ») as a budget line.
    /// </summary>
    public static IReadOnlyList<EvidenceLink> Evidence(string? cell, Action<string> error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var links = new List<EvidenceLink>();
        foreach (var value in List(cell))
        {
            if (TitledLink().Match(value) is { Success: true } match)
            {
                // Only a budget line may go without an address (ProcessRules): « titre <> » is one.
                var url = match.Groups["url"].Value;
                links.Add(new EvidenceLink(match.Groups["title"].Value.Trim(), url, url.Length == 0 ? EvidenceKinds.BudgetLine : null));
            }
            else
            {
                error($"preuve « {value} » illisible : « titre <adresse> » attendu");
            }
        }

        return links;
    }

    /// <summary>« titre &lt;adresse&gt; »; the address may be empty (a budget line, a délibération without a link: « titre &lt;&gt; »).</summary>
    [GeneratedRegex(@"^(?<title>.*\S)\s+<(?<url>[^<>\s]*)>$", RegexOptions.CultureInvariant)]
    private static partial Regex TitledLink();
}
