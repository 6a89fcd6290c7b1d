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
}
