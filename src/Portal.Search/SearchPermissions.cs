namespace Portal.Search;

/// <summary>Operations of the search module.</summary>
public static class SearchPermissions
{
    public const string ManageSearchIndex = "ManageSearchIndex";
}
