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
}
