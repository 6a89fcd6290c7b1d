using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Recipes;

namespace Portal.Processes.Imports;

/// <summary>
/// Responses and follow-ups for propositions that already exist in the process, matched by code (or by the
/// links of Decidim's accountability export, whose results become follow-ups). Unknown codes and vocabulary
/// are line errors; what is imported becomes drafts that go through the COPIL like any edit.
/// </summary>
public sealed class AnswerImport(PortalDbContext db, SiteSettingsStore settings, IEnumerable<IContentValidator> validators)
{
    public async Task<ImportPreview> AnalyseAsync(ImportFile file, string processId, ImportKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var site = await settings.GetAsync(cancellationToken);
        var known = await KnownAsync(processId, cancellationToken);
        var answers = new List<ImportedAnswer>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in file.Lines)
        {
            var errors = file.MissingValues(line, cells, ImportField.For(kind).Where(f => f.Required)).ToList();
            object? content = kind == ImportKind.Responses ? ReadResponse(file, line, cells, site, errors) : ReadFollowUp(file, line, cells, site, errors);
            if (content is not null)
            {
                errors.AddRange(validators.SelectMany(v => v.Validate(content, site)).Select(e => $"Ligne {line} : {e.Path} : {e.Message}"));
            }

            var codes = file.Columns.Cell(cells, ImportField.ExistingCode) is { } cell ? ImportValues.Codes(cell) : [];
            if (codes.Count == 0)
            {
                // No code: the line is still listed, with its error (« colonne … vide »), and blocks the import.
                answers.Add(new ImportedAnswer(line, string.Empty, string.Empty, string.Empty, content, false, errors));
            }

            foreach (var code in codes)
            {
                var codeErrors = new List<string>(errors);
                var propositionId = ProcessItemIds.Proposition(processId, code);
                if (!known.Propositions.TryGetValue(code, out var storedCode))
                {
                    codeErrors.Add($"Ligne {line} : aucune proposition de code « {code} » dans cette démarche.");
                }
                else
                {
                    propositionId = ProcessItemIds.Proposition(processId, storedCode);
                }

                if (kind == ImportKind.Responses && !seen.Add(code))
                {
                    codeErrors.Add($"Ligne {line} : une autre ligne du fichier répond déjà à la proposition « {code} ».");
                }

                var itemId = kind == ImportKind.Responses
                    ? ProcessItemIds.Response(propositionId)
                    : ProcessItemIds.FollowUp(propositionId, known.NextRank(propositionId));
                answers.Add(new ImportedAnswer(line, code, propositionId, itemId, content, known.Responses.Contains(itemId), codeErrors));
            }
        }

        return new ImportPreview([], answers.Count == 0 ? ["Aucune ligne à importer dans ce fichier."] : [])
        {
            Kind = kind,
            Columns = file.Columns.Columns,
            Answers = answers,
        };
    }

    private static Response? ReadResponse(ImportFile file, int line, List<string> cells, SiteSettings site, List<string> errors)
    {
        var columns = file.Columns;
        var decisionCell = columns.Cell(cells, ImportField.RequiredDecision);
        var decision = decisionCell is null ? null : ImportValues.Term(site.DecisionVocabulary(), decisionCell);
        if (decisionCell is not null && decision is null)
        {
            errors.Add($"Ligne {line} : décision « {decisionCell} » inconnue ; décisions possibles : {ImportValues.Labels(site.DecisionVocabulary())}.");
        }

        if (!ImportValues.TryDate(columns.Cell(cells, ImportField.Deadline), out var deadline))
        {
            errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.Deadline)} » (échéance) : date attendue (2024-03-15 ou 15/03/2024).");
        }

        var motivation = columns.Cell(cells, ImportField.RequiredMotivation);
        var commitments = columns.Cell(cells, ImportField.Commitments);
        return decision is null ? null : new Response(decision, file.OpenData ? motivation ?? string.Empty : ImportText.Markdown(motivation),
            columns.Cell(cells, ImportField.RequiredBodyInCharge) ?? string.Empty,
            [.. (file.OpenData ? OpenDataFormat.List(commitments) : ImportValues.Lines(commitments)).Select(text => new Commitment(text))], deadline);
    }

    private static FollowUp? ReadFollowUp(ImportFile file, int line, List<string> cells, SiteSettings site, List<string> errors)
    {
        var columns = file.Columns;
        var statusCell = columns.Cell(cells, ImportField.Status);
        var status = statusCell is null ? null : ImportValues.Term(site.FollowUpStatusVocabulary(), statusCell);
        if (statusCell is not null && status is null)
        {
            errors.Add($"Ligne {line} : état « {statusCell} » inconnu ; états possibles : {ImportValues.Labels(site.FollowUpStatusVocabulary())}.");
        }

        if (!ImportValues.TryDate(columns.Cell(cells, ImportField.FollowUpDate), out var date))
        {
            errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.FollowUpDate)} » (date du suivi) : date attendue (2024-03-15 ou 15/03/2024).");
        }

        var progress = file.OpenData
            ? columns.Cell(cells, ImportField.Progress) ?? string.Empty
            : Progress(columns.Cell(cells, ImportField.ResultTitle), columns.Cell(cells, ImportField.Percent), columns.Cell(cells, ImportField.Progress));
        if (progress.Length == 0)
        {
            errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.Progress)} » (avancement) vide.");
        }

        IReadOnlyList<EvidenceLink> evidence = file.OpenData
            ? OpenDataFormat.Evidence(columns.Cell(cells, ImportField.Evidence), problem => errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.Evidence)} » : {problem}."))
            : [.. ImportValues.Addresses(columns.Cell(cells, ImportField.Evidence))
                .Select(url => new EvidenceLink(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "Source", url))];
        return status is null || date is null ? null : new FollowUp(date.Value, status, progress, evidence);
    }

    /// <summary>The follow-up's text: a result's title and percentage (Decidim accountability), then its description.</summary>
    private static string Progress(string? title, string? percent, string? description)
    {
        var heading = (title, percent) switch
        {
            (null, null) => null,
            (null, _) => $"Avancement : {percent} %",
            (_, null) => $"**{ImportText.Plain(title)}**",
            _ => $"**{ImportText.Plain(title)}** (avancement : {percent} %)",
        };
        var body = ImportText.Markdown(description);
        return heading is null ? body : body.Length == 0 ? heading : $"{heading}\n\n{body}";
    }

    private async Task<Known> KnownAsync(string processId, CancellationToken cancellationToken)
    {
        var prefix = ProcessItemIds.Proposition(processId, string.Empty);
        var ids = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Latest && v.ContentItemId.StartsWith(prefix))
            .Select(v => v.ContentItemId).ToListAsync(cancellationToken);
        var propositions = ids.Where(id => id.IndexOf('/', prefix.Length) < 0).Select(id => id[prefix.Length..])
            .ToDictionary(code => code, code => code, StringComparer.OrdinalIgnoreCase);
        var responses = ids.Where(id => id.EndsWith("/reponse", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var ranks = ids.Where(id => id.Contains("/suivi/", StringComparison.Ordinal))
            .GroupBy(id => id[..id.LastIndexOf("/suivi/", StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(id => int.TryParse(id[(id.LastIndexOf('/') + 1)..], out var rank) ? rank : 0).Max(), StringComparer.Ordinal);
        return new Known(propositions, responses, ranks);
    }

    /// <summary>What the process holds: proposition codes (as stored), which have a response, the last follow-up rank of each.</summary>
    private sealed record Known(Dictionary<string, string> Propositions, HashSet<string> Responses, Dictionary<string, int> Ranks)
    {
        public int NextRank(string propositionId) => Ranks[propositionId] = Ranks.GetValueOrDefault(propositionId) + 1;
    }
}
