namespace Portal.Processes.Public;

/// <summary>One publication in a process's public history: which item, which version, when, and when it was validated.</summary>
public sealed record PublicationRecord(
    long VersionId,
    string ContentItemId,
    string ContentType,
    string DisplayText,
    int Version,
    DateTime PublishedUtc,
    DateTime? ApprovedUtc,
    bool Current);
