using Lucene.Net.Search.Similarities;

namespace Portal.Search.Querying;

/// <summary>
/// BM25 with coordination: a document matching more of the query's words (or notions) ranks above one
/// matching fewer, whatever the rarity of the words it does match. Lucene's BM25 ignores coordination
/// (its <c>Coord</c> is 1); here a document matching k of n optional clauses gets (k/n)².
/// </summary>
public sealed class PortalSimilarity : BM25Similarity
{
    public static readonly PortalSimilarity Instance = new();

    public override float Coord(int overlap, int maxOverlap)
    {
        if (maxOverlap <= 1)
        {
            return 1f;
        }

        var share = (float)overlap / maxOverlap;
        return share;
    }
}
