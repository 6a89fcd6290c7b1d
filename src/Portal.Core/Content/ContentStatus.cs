namespace Portal.Core.Content;

/// <summary>
/// What storage needs to know of one version: whether it is a draft, the published one, one the public read
/// before (superseded), or taken down (archived). Where a version stands in review is the workflow's business
/// (its submission records); the store only learns that a version is <see cref="ContentItemVersion.Frozen"/>.
/// The numbers are stored: the gaps are statuses the workflow now owns (migration <c>OnePublicationStatus</c>).
/// </summary>
public enum ContentStatus
{
    Draft = 0,
    Published = 3,
    Superseded = 4,
    Archived = 5,

    /// <summary>
    /// Written by an import that has not finished: never latest, never shown, switched to <see cref="Draft"/> in one
    /// short transaction when every line is written, deleted if the import fails (see <see cref="ContentStaging"/>).
    /// </summary>
    Staged = 8,
}
