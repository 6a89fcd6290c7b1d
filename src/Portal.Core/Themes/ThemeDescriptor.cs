namespace Portal.Core.Themes;

/// <summary>
/// A public theme, as it declares itself: a stable key (stored in the settings), its French label, the layout every page
/// renders in while it is active, and the note shown beside the choice (who may use it).
/// </summary>
public sealed record ThemeDescriptor(string Key, string Label, string Layout, string? Notice = null);
