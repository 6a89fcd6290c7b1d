namespace Portal.Core;

/// <summary>Resolved folders: the data folder (database, index, media) and the recipes folder.</summary>
public sealed record PortalPaths(string DataPath, string RecipesPath);
