using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Processes.Recipes;

namespace Portal.Processes.Imports;

/// <summary>
/// Imports propositions (and their responses when the file has them), or responses and follow-ups to existing
/// propositions (<see cref="AnswerImport"/>), into a process as drafts: first a preview that lists every column
/// and every line's errors, then a commit that writes every line or none (<see cref="ImportCommit"/>).
/// </summary>
public sealed class PropositionImport(PortalDbContext db, SiteSettingsStore settings, IEnumerable<IContentValidator> validators, AnswerImport answers, ImportCommit commit)
{
    public const int MaxTitleLength = 160;

    /// <summary>
    /// Propositions per file: the largest real report has a few thousand; the preview of each holds them all in
    /// memory and on one page (a 57 KB .docx of 16 MB of XML made 260,000 of them, 300 MB per preview).
    /// </summary>
    public const int MaxRows = 10_000;

    public async Task<ImportPreview> AnalyseAsync(string fileName, byte[] content, string processId, CancellationToken cancellationToken = default) =>
        await AnalyseAsync(fileName, content, processId, ImportKind.Propositions, cancellationToken);

    public async Task<ImportPreview> AnalyseAsync(string fileName, byte[] content, string processId, ImportKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var isWord = fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (kind != ImportKind.Propositions)
            {
                return isWord
                    ? new ImportPreview([], ["Les réponses et les suivis s'importent depuis un tableau CSV, pas depuis un document Word."]) { Kind = kind }
                    : await answers.AnalyseAsync(ImportFile.ReadCsv(content, kind), processId, kind, cancellationToken);
            }

            return isWord ? await AnalyseAsync(FromDocx(content), null, processId, cancellationToken) : await AnalyseCsvAsync(content, processId, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Xml.XmlException)
        {
            // The portal's own readers explain in French; the framework's (a broken archive, malformed XML) in English, never shown.
            var message = exception.Source?.StartsWith("Portal.", StringComparison.Ordinal) == true ? exception.Message
                : "Fichier illisible : ce n'est pas un document Word (.docx) ni un tableau CSV intact. Enregistrez-le de nouveau depuis votre logiciel, puis déposez-le.";
            return new ImportPreview([], [message]) { Kind = kind };
        }
    }

    /// <summary>Writes every line as a draft, or none; see <see cref="ImportCommit"/>.</summary>
    public Task<ContentOutcome> CommitAsync(ImportPreview preview, string processId, string author, CancellationToken cancellationToken = default) =>
        commit.CommitAsync(preview, processId, author, null, cancellationToken);

    /// <summary>The same, reporting the number of lines written as it goes (for a progress bar or a background job).</summary>
    public Task<ContentOutcome> CommitAsync(ImportPreview preview, string processId, string author, IProgress<int>? progress, CancellationToken cancellationToken = default) =>
        commit.CommitAsync(preview, processId, author, progress, cancellationToken);

    private async Task<ImportPreview> AnalyseCsvAsync(byte[] content, string processId, CancellationToken cancellationToken)
    {
        var file = ImportFile.ReadCsv(content, ImportKind.Propositions);
        var lines = file.Lines.Select(l => ReadLine(file, l.Line, l.Cells)).ToList();
        return await AnalyseAsync(lines, file.Columns.Columns, processId, cancellationToken);
    }

    private async Task<ImportPreview> AnalyseAsync(List<PropositionLine> lines, IReadOnlyList<ImportColumn>? columns, string processId, CancellationToken cancellationToken)
    {
        if (lines.Count > MaxRows)
        {
            return new ImportPreview([], [French.Say($"Ce fichier contient plus de {MaxRows} propositions : découpez-le en plusieurs fichiers de {MaxRows} propositions au plus.")]);
        }

        var site = await settings.GetAsync(cancellationToken);
        var existing = await ExistingCodesAsync(processId, cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<ImportedProposition>();
        var next = existing.Count;
        foreach (var line in lines)
        {
            var errors = new List<string>(line.Errors);
            var code = line.Code ?? $"P-{++next}";
            var proposition = line.Proposition with { Code = code, Order = existing.Count + rows.Count + 1 };
            if (!seen.Add(code))
            {
                errors.Add($"code « {code} » en double dans le fichier");
            }

            if (existing.Contains(code))
            {
                errors.Add($"la proposition « {code} » existe déjà dans cette démarche");
            }

            Response? response = null;
            if (line.Decision is not null)
            {
                var decision = ImportValues.Term(site.DecisionVocabulary(), line.Decision) ?? line.Decision;
                response = new Response(decision, line.Motivation, line.BodyInCharge, []);
            }

            foreach (var record in new object?[] { proposition, response }.OfType<object>())
            {
                errors.AddRange(validators.SelectMany(v => v.Validate(record, site)).Select(e => $"{e.Path} : {e.Message}"));
            }

            rows.Add(new ImportedProposition(line.Line, proposition, response, errors));
        }

        return new ImportPreview(rows, rows.Count == 0 ? ["Aucune proposition trouvée dans ce fichier."] : []) { Columns = columns ?? [] };
    }

    private static PropositionLine ReadLine(ImportFile file, int line, List<string> cells)
    {
        var columns = file.Columns;
        var errors = file.MissingValues(line, cells, [ImportField.Text]).ToList();
        string? Cell(ImportField field) => columns.Cell(cells, field);
        int? Count(ImportField field)
        {
            if (!ImportValues.TryCount(Cell(field), out var count))
            {
                errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(field)} » ({field.Label}) : nombre entier attendu, lu « {Cell(field)} ».");
            }

            return count;
        }

        var (votesFor, against, abstentions) = (Count(ImportField.VotesFor), Count(ImportField.VotesAgainst), Count(ImportField.Abstentions));
        var vote = votesFor is null && against is null && abstentions is null ? null : new PlenaryVote(votesFor ?? 0, against ?? 0, abstentions ?? 0);
        if (!ImportValues.TryDate(Cell(ImportField.SubmittedOn), out var submitted))
        {
            errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.SubmittedOn)} » ({ImportField.SubmittedOn.Label}) : date attendue (2024-03-15 ou 15/03/2024), lu « {Cell(ImportField.SubmittedOn)} ».");
        }

        var authorKind = Cell(ImportField.AuthorKind) is { } kindCell ? ImportValues.AuthorKind(kindCell) ?? kindCell : null;
        if (authorKind is not null && AuthorKinds.LabelOf(authorKind) is null)
        {
            errors.Add($"Ligne {line} : colonne « {columns.HeaderOf(ImportField.AuthorKind)} » : type d'auteur « {authorKind} » inconnu ; possibles : {ImportValues.Labels(AuthorKinds.All)}.");
            authorKind = null;
        }

        var plain = ImportText.Plain(Cell(ImportField.Text));
        var title = Cell(ImportField.Title) is { } t ? (file.OpenData ? t : ImportText.Plain(t)) : TitleFrom(plain);
        var text = file.OpenData ? Cell(ImportField.Text) ?? string.Empty : ImportText.Markdown(plain);
        var proposition = new Proposition(string.Empty, title, text, Cell(ImportField.Theme) ?? string.Empty, vote,
            SubmittedOn: submitted, AuthorKind: authorKind, SourceUrl: Cell(ImportField.SourceUrl));
        return new PropositionLine(line, Cell(ImportField.Code), proposition, Cell(ImportField.Decision), ImportText.Markdown(Cell(ImportField.Motivation)),
            Cell(ImportField.BodyInCharge) ?? string.Empty, errors);
    }

    private async Task<HashSet<string>> ExistingCodesAsync(string processId, CancellationToken cancellationToken)
    {
        var prefix = ProcessItemIds.Proposition(processId, string.Empty);
        var ids = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Latest && v.ContentItemId.StartsWith(prefix) && v.ContainerId == null)
            .Select(v => v.ContentItemId).ToListAsync(cancellationToken);
        var published = await db.Set<PropositionIndex>().Where(p => p.ProcessId == processId).Select(p => p.Code).ToListAsync(cancellationToken);
        return new HashSet<string>(ids.Select(id => id[prefix.Length..]).Concat(published), StringComparer.OrdinalIgnoreCase);
    }

    private static List<PropositionLine> FromDocx(byte[] content) =>
        [.. DocxReport.Read(content, MaxRows + 1).Select(p => new PropositionLine(
            p.Paragraph, null, new Proposition(string.Empty, TitleFrom(p.Text), ImportText.Markdown(p.Text), p.Theme), null, string.Empty, string.Empty, []))];

    private static string TitleFrom(string text)
    {
        var firstSentence = text.Split(['.', '\n'], 2)[0].Trim();
        return firstSentence.Length <= MaxTitleLength ? firstSentence : string.Concat(firstSentence.AsSpan(0, MaxTitleLength - 1), "…");
    }

    /// <summary>A line of the file as read, before the process is consulted (codes, order, vocabulary).</summary>
    private sealed record PropositionLine(int Line, string? Code, Proposition Proposition, string? Decision, string Motivation, string BodyInCharge, IReadOnlyList<string> Errors);
}
