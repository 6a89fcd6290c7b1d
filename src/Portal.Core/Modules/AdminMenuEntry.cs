namespace Portal.Core.Modules;

/// <summary>A link of the back-office menu, shown to whoever holds <see cref="Permission"/>.</summary>
public sealed record AdminMenuEntry(string Text, string Href, string Permission, int Order = 100);
