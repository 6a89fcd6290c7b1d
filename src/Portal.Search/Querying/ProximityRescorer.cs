using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// Adds a bonus query's score to the best first-pass hits, then orders them again (score, then document, as
/// the first pass does). Written here rather than taken from Lucene.Net's <c>QueryRescorer</c>, which fails when
/// the bonus matches nothing in a segment (a query of words the index does not hold together).
/// </summary>
internal static class ProximityRescorer
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, Query bonus)
    {
        // Scorers only move forward: visit the hits in document order, segment after segment.
        var byDoc = hits.OrderBy(h => h.Doc).ToArray();
        var weight = searcher.CreateNormalizedWeight(bonus);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var docBase = 0;
        var end = 0;
        Scorer? scorer = null;
        var rescored = new ScoreDoc[byDoc.Length];
        for (var i = 0; i < byDoc.Length; i++)
        {
            var hit = byDoc[i];
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.AtomicReader.MaxDoc;
                scorer = weight.GetScorer(context, acceptDocs: null);
            }

            var score = hit.Score;
            var target = hit.Doc - docBase;
            if (scorer is not null && (scorer.DocID < target ? scorer.Advance(target) : scorer.DocID) == target)
            {
                score += scorer.GetScore();
            }

            rescored[i] = new ScoreDoc(hit.Doc, score);
        }

        Array.Sort(rescored, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return rescored;
    }
}
