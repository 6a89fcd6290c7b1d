namespace Portal.Core.Content;

/// <summary>What it takes to create an item: its typed content, where it belongs and who writes it.</summary>
public sealed record NewContentItem(object Content, string Author)
{
    /// <summary>A stable id (recipes and imports give one); a new one is made when null.</summary>
    public string? ContentItemId { get; init; }

    public string? ProcessId { get; init; }

    public string? ContainerId { get; init; }
}
