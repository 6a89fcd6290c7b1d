using Portal.Processes.Content;

namespace Portal.Processes.Imports;

/// <summary>One proposition read from a file, with its source line and what is wrong with it, if anything.</summary>
public sealed record ImportedProposition(int Line, Proposition Proposition, Response? Response, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>What a file would create: every line, valid or not, and problems with the file as a whole.</summary>
public sealed record ImportPreview(IReadOnlyList<ImportedProposition> Rows, IReadOnlyList<string> FileErrors)
{
    public bool CanCommit => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);
}
