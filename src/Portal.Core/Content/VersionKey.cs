namespace Portal.Core.Content;

/// <summary>One exact version of one content item: what a submission or a publication lot is bound to.</summary>
public sealed record VersionKey(string ContentItemId, int Version);
