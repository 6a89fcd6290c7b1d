using Portal.Core.Public;

namespace Portal.News.Public;

/// <summary>The latest news on the home page, and a process's news as a section of its page.</summary>
internal sealed class NewsBlocks(NewsReader reader) : IPublicBlock
{
    public const int OnHome = 3;

    public const int OnProcess = 5;

    public async Task<PublicBlock?> BuildAsync(PublicBlockContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var forProcess = context.Place == PublicBlockPlace.Process;
        if (forProcess && context.ProcessId is null)
        {
            return null;
        }

        var items = await reader.LatestAsync(forProcess ? context.ProcessId : null, forProcess ? OnProcess : OnHome, cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        return new PublicBlock(
            "actualites", forProcess ? "Actualités" : "Dernières actualités", "_NewsCards", new NewsCards(items, HeadingLevel: 3), Order: 50);
    }
}

/// <summary>News items shown as cards, with the level of their headings under the section's.</summary>
public sealed record NewsCards(IReadOnlyList<NewsSummary> Items, int HeadingLevel, bool LinkToAll = true);
