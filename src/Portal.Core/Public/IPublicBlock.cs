namespace Portal.Core.Public;

/// <summary>
/// Lets a module put a block on a public page it does not own (the latest news on the home page, a process's news on
/// its page) without that page knowing the module. Blocks read published content only.
/// </summary>
public interface IPublicBlock
{
    /// <summary>The block for this place, or null when the module has nothing to show there.</summary>
    Task<PublicBlock?> BuildAsync(PublicBlockContext context, CancellationToken cancellationToken);
}

/// <summary>Where a public block goes.</summary>
public enum PublicBlockPlace
{
    /// <summary>The home page.</summary>
    Home,

    /// <summary>The public page of one process (<see cref="PublicBlockContext.ProcessId"/>), as a section of its own.</summary>
    Process,
}

/// <summary>The page asking for blocks: the place and, on a process's page, the process's content item id.</summary>
public sealed record PublicBlockContext(PublicBlockPlace Place, string? ProcessId = null);

/// <summary>
/// A section of a public page: its anchor (<paramref name="Id"/>), its heading, the partial view that renders its body
/// and that view's model. The page writes the section and its heading; the module's partial writes the rest.
/// </summary>
public sealed record PublicBlock(string Id, string Title, string PartialName, object Model, int Order = 100);

/// <summary>Asks every module for its block at one place, in their order.</summary>
public static class PublicBlocks
{
    public static async Task<IReadOnlyList<PublicBlock>> ForAsync(this IEnumerable<IPublicBlock> sources, PublicBlockContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var blocks = new List<PublicBlock>();
        foreach (var source in sources)
        {
            if (await source.BuildAsync(context, cancellationToken) is { } block)
            {
                blocks.Add(block);
            }
        }

        return [.. blocks.OrderBy(b => b.Order).ThenBy(b => b.Id, StringComparer.Ordinal)];
    }
}
