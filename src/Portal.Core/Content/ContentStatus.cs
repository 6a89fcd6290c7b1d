namespace Portal.Core.Content;

/// <summary>Life cycle of one version of a content item.</summary>
public enum ContentStatus
{
    Draft = 0,
    InReview = 1,
    Approved = 2,
    Published = 3,
    Superseded = 4,
    Archived = 5,

    /// <summary>Sent back by the reviewers with comments; frozen as reviewed, the next edit starts a new version.</summary>
    Returned = 6,

    /// <summary>Edited after it was submitted: the submission was withdrawn and a newer version carries on.</summary>
    Withdrawn = 7,

    /// <summary>
    /// Written by an import that has not finished: never latest, never shown, switched to <see cref="Draft"/> in one
    /// short transaction when every line is written, deleted if the import fails (see <see cref="ContentStaging"/>).
    /// </summary>
    Staged = 8,
}
