using Portal.Processes.Content;

namespace Portal.Processes.Imports;

/// <summary>One proposition read from a file, with its source line and what is wrong with it, if anything.</summary>
public sealed record ImportedProposition(int Line, Proposition Proposition, Response? Response, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// A response or a follow-up read from a file for an existing proposition (<paramref name="PropositionId"/>), with
/// the id it will be written under; <paramref name="Replaces"/> when the proposition already has a response
/// (the import then saves a new draft of it).
/// </summary>
public sealed record ImportedAnswer(int Line, string Code, string PropositionId, string ItemId, object? Content, bool Replaces, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// What a file would create: every line, valid or not, problems with the file as a whole, and every column of
/// the file with the value it fills (or none: ignored).
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportedProposition> Rows, IReadOnlyList<string> FileErrors)
{
    public ImportKind Kind { get; init; } = ImportKind.Propositions;

    public IReadOnlyList<ImportColumn> Columns { get; init; } = [];

    public IReadOnlyList<ImportedAnswer> Answers { get; init; } = [];

    public IReadOnlyList<string> IgnoredColumns => [.. Columns.Where(c => c.Field is null).Select(c => c.Header)];

    public int LineCount => Kind == ImportKind.Propositions ? Rows.Count : Answers.Count;

    public int InvalidCount => Rows.Count(r => !r.IsValid) + Answers.Count(a => !a.IsValid);

    public bool CanCommit => FileErrors.Count == 0 && LineCount > 0 && InvalidCount == 0;
}
