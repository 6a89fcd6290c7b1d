using Portal.Core.Content;

namespace Portal.Workflows.BackOffice;

/// <summary>The latest versions of a root item's items (a process's) that are drafts or were sent back: what could go to the COPIL at once.</summary>
internal static class RootDraftsQuery
{
    public static IQueryable<ContentItemVersion> DraftsOf(this IQueryable<ContentItemVersion> versions, string rootId) =>
        versions.Where(v => v.ProcessId == rootId && v.Latest && v.Status == ContentStatus.Draft);
}
