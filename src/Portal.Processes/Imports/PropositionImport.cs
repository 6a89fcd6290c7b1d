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
/// Imports propositions (and their responses when the file has them) into a process as drafts: first a
/// preview with line-level errors, then a commit that writes every line or none.
/// </summary>
public sealed class PropositionImport(PortalDbContext db, ContentStore store, SiteSettingsStore settings, IEnumerable<IContentValidator> validators)
{
    public const int MaxTitleLength = 160;

    /// <summary>
    /// Propositions per file: the largest real report has a few thousand; the preview of each holds them all in
    /// memory and on one page (a 57 KB .docx of 16 MB of XML made 260,000 of them, 300 MB per preview).
    /// </summary>
    public const int MaxRows = 10_000;

    public async Task<ImportPreview> AnalyseAsync(string fileName, byte[] content, string processId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        List<(int Line, string? Code, string? Title, string Text, string Theme, string? Decision, string? Motivation, string? Body)> lines;
        try
        {
            lines = fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? FromDocx(content) : FromCsv(content, out var fileError) ?? throw new InvalidDataException(fileError);
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Xml.XmlException)
        {
            return new ImportPreview([], [exception.Message]);
        }

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
            var errors = new List<string>();
            var code = string.IsNullOrWhiteSpace(line.Code) ? $"P-{++next}" : line.Code.Trim();
            var text = line.Text.Trim();
            var title = string.IsNullOrWhiteSpace(line.Title) ? TitleFrom(text) : line.Title.Trim();
            var proposition = new Proposition(code, title, text, line.Theme.Trim(), Order: existing.Count + rows.Count + 1);
            if (!seen.Add(code))
            {
                errors.Add($"code « {code} » en double dans le fichier");
            }

            if (existing.Contains(code))
            {
                errors.Add($"la proposition « {code} » existe déjà dans cette démarche");
            }

            Response? response = null;
            if (!string.IsNullOrWhiteSpace(line.Decision))
            {
                var decision = site.DecisionVocabulary().FirstOrDefault(d => PropositionColumns.Normalise(d.Key) == PropositionColumns.Normalise(line.Decision)
                    || PropositionColumns.Normalise(d.Label) == PropositionColumns.Normalise(line.Decision))?.Key ?? line.Decision.Trim();
                response = new Response(decision, line.Motivation?.Trim() ?? string.Empty, line.Body?.Trim() ?? string.Empty, []);
            }

            foreach (var record in new object?[] { proposition, response }.OfType<object>())
            {
                errors.AddRange(validators.SelectMany(v => v.Validate(record, site)).Select(e => $"{e.Path} : {e.Message}"));
            }

            rows.Add(new ImportedProposition(line.Line, proposition, response, errors));
        }

        return new ImportPreview(rows, rows.Count == 0 ? ["Aucune proposition trouvée dans ce fichier."] : []);
    }

    /// <summary>Writes every row as a draft in one transaction; any failure writes nothing.</summary>
    public async Task<ContentOutcome> CommitAsync(ImportPreview preview, string processId, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.CanCommit)
        {
            return ContentOutcome.InvalidState;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in preview.Rows)
        {
            var propositionId = ProcessItemIds.Proposition(processId, row.Proposition.Code);
            var created = await store.CreateAsync(new NewContentItem(row.Proposition, author) { ContentItemId = propositionId, ProcessId = processId }, cancellationToken);
            if (created.Succeeded && row.Response is { } response)
            {
                created = await store.CreateAsync(new NewContentItem(response, author) { ContentItemId = ProcessItemIds.Response(propositionId), ProcessId = processId, ContainerId = propositionId }, cancellationToken);
            }

            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return created.Outcome;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ContentOutcome.Ok;
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

    private static List<(int, string?, string?, string, string, string?, string?, string?)>? FromCsv(byte[] content, out string error)
    {
        var table = CsvTable.Parse(CsvTable.Decode(content));
        error = string.Empty;
        if (table.Count < 2)
        {
            error = "Le fichier est vide ou n'a qu'une ligne d'en-tête.";
            return null;
        }

        var columns = PropositionColumns.Find(table[0].Cells);
        if (columns.Text is null && columns.Title is null)
        {
            error = "Colonne introuvable : il faut au moins une colonne « texte » (ou body, proposition) ou « titre ». En-tête lu : " + string.Join(" | ", table[0].Cells);
            return null;
        }

        string? Cell(List<string> cells, int? index) => index is { } i && i < cells.Count ? cells[i] : null;
        return [.. table.Skip(1).Select(row => (row.Line, Cell(row.Cells, columns.Code), Cell(row.Cells, columns.Title), Cell(row.Cells, columns.Text) ?? string.Empty,
            Cell(row.Cells, columns.Theme) ?? string.Empty, Cell(row.Cells, columns.Decision), Cell(row.Cells, columns.Motivation), Cell(row.Cells, columns.BodyInCharge)))];
    }

    private static List<(int, string?, string?, string, string, string?, string?, string?)> FromDocx(byte[] content) =>
        [.. DocxReport.Read(content, MaxRows + 1).Select(p => (p.Paragraph, (string?)null, (string?)null, p.Text, p.Theme, (string?)null, (string?)null, (string?)null))];

    private static string TitleFrom(string text)
    {
        var firstSentence = text.Split(['.', '\n'], 2)[0].Trim();
        return firstSentence.Length <= MaxTitleLength ? firstSentence : string.Concat(firstSentence.AsSpan(0, MaxTitleLength - 1), "…");
    }
}
