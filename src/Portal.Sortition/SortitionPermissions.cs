namespace Portal.Sortition;

/// <summary>Operations of the sortition module.</summary>
public static class SortitionPermissions
{
    public const string RunDraws = "RunDraws";
}
