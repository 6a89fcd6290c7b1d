namespace Portal.Core.Content;

/// <summary>
/// How the module that owns a content type places new items of it (their stable ids) and where the
/// back-office page of its root items is, so that the shell's generic editor needs no module's types.
/// </summary>
public interface IContentPlacement
{
    /// <summary>The id a new item gets, or null when this module does not own the record's type.</summary>
    string? NewItemId(object record, string? rootId, string? containerId);

    /// <summary>The back-office page of a root item (e.g. a process), or null when not this module's.</summary>
    string? AdminPageOfRoot(string rootId);
}

/// <summary>Asks every module where a root item's back-office page is.</summary>
public static class ContentPlacements
{
    /// <summary>The page of the module that owns the root, or the back-office home when none does (or there is no root).</summary>
    public static string AdminPageOfRoot(this IEnumerable<IContentPlacement> placements, string? rootId) =>
        rootId is null ? "/admin" : placements.Select(p => p.AdminPageOfRoot(rootId)).FirstOrDefault(page => page is not null) ?? "/admin";
}
