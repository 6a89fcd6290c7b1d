using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Processes.Imports;
using Portal.Search.Indexing;

namespace Portal.Benchmarks.Relevance;

/// <summary>
/// The real data sets of <c>../shared/data</c> as search documents, read at run time (nothing is copied into
/// the repository). Each proposal's id is stable and names its source: <c>ccc:SD-A1.1</c> (the CCC code),
/// <c>lille:457</c> and <c>nancy:425</c> (the Decidim ids), <c>bcn:BCN-PROP-2023-02-38115</c> (the Decidim reference).
/// Responses and follow-ups are laid out as the portal lays them out (<see cref="ProcessDocuments"/>).
/// </summary>
internal static partial class EvaluationCorpus
{
    public static readonly string[] Folders =
        ["ccc-2020-propositions-suivi", "decidim-grand-debat-2019-lille-nancy", "decidim-assemblee-climat-barcelone-2023"];

    public static List<SearchDocument> Read(string dataFolder)
    {
        var documents = new List<SearchDocument>();
        documents.AddRange(Ccc(Path.Combine(dataFolder, Folders[0], "ccc-149-propositions.json")));
        documents.AddRange(Decidim(Path.Combine(dataFolder, Folders[1], "lille_propositions.csv"), "lille", "Grand débat — Métropole européenne de Lille", "category/name/fr"));
        documents.AddRange(Decidim(Path.Combine(dataFolder, Folders[1], "nancy_propositions.csv"), "nancy", "Grand débat — Ville de Nancy", "category/name/fr"));
        documents.AddRange(Barcelona(Path.Combine(dataFolder, Folders[2], "propostes-assemblea-clima-decidim-barcelona.csv")));
        return documents;
    }

    private static IEnumerable<SearchDocument> Ccc(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var row in json.RootElement.EnumerateArray())
        {
            var code = row.GetProperty("code").GetString()!;
            var text = row.GetProperty("proposition").GetString()!;
            var theme = row.GetProperty("thematique").GetString()!;
            var title = text.Length <= 160 ? text : text[..157] + "…";
            var followUps = row.GetProperty("suivi").EnumerateArray()
                .Select(s => (Date: DateOnly.Parse(s.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), Text: s.GetProperty("texte").GetString()!))
                .ToList();
            var proposition = Doc("ccc:" + code, SearchTypes.Proposition, $"{code} — {title}", text, "ccc", "Convention citoyenne pour le climat", theme, new DateOnly(2020, 6, 21))
                with { Code = code };
            yield return proposition with { FollowUpsText = string.Join("\n", followUps.Select(f => f.Text)) };
            var rank = 0;
            foreach (var followUp in followUps)
            {
                yield return Doc($"ccc:{code}#suivi-{++rank}", SearchTypes.FollowUp, $"Suivi de {code} du {followUp.Date:dd/MM/yyyy}", followUp.Text,
                    "ccc", "Convention citoyenne pour le climat", theme, followUp.Date);
            }
        }
    }

    private static IEnumerable<SearchDocument> Decidim(string file, string prefix, string process, string categoryColumn)
    {
        foreach (var row in Rows(file))
        {
            var date = DateOnly.FromDateTime(DateTime.Parse(row["created_at"][..10], CultureInfo.InvariantCulture));
            yield return Doc($"{prefix}:{row["id"]}", SearchTypes.Proposition, row["title"].Trim(), row["body"].Trim(), prefix, process, row[categoryColumn], date);
        }
    }

    private static IEnumerable<SearchDocument> Barcelona(string file)
    {
        foreach (var row in Rows(file))
        {
            var id = "bcn:" + row["reference"];
            var date = DateOnly.FromDateTime(DateTime.Parse(row["published_at"][..10], CultureInfo.InvariantCulture));
            const string process = "Assemblea Ciutadana pel Clima de Barcelona";
            var answer = Html().Replace(row["answer/es"], " ").Trim();
            yield return Doc(id, SearchTypes.Proposition, row["title/es"].Trim(), row["body/es"].Trim(), "bcn", process, row["category/name/es"], date)
                with { ResponseText = answer };
            yield return Doc(id + "#respuesta", SearchTypes.Response, "Respuesta — " + row["title/es"].Trim(), answer, "bcn", process, row["category/name/es"], date);
        }
    }

    private static SearchDocument Doc(string id, string type, string title, string body, string process, string processTitle, string theme, DateOnly date) =>
        new(id, type, title, body, id, process, process, processTitle, processTitle, string.IsNullOrWhiteSpace(theme) ? [] : [theme], date.Year, date);

    private static IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        var rows = CsvTable.Parse(CsvTable.Decode(File.ReadAllBytes(file)));
        var header = rows[0].Cells;
        return rows.Skip(1).Where(r => r.Cells.Count >= header.Count)
            .Select(r => header.Select((name, i) => (name, value: r.Cells[i])).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Html();
}
