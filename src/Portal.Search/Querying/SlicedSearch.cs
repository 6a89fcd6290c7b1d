using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// Runs one query over slices of a large index at once, one collector per slice, on the machine's cores. A slice
/// is a run of whole segments or a range of documents of one segment: after bulk loads and merges one segment
/// often holds most of a large index, so whole segments alone would leave a core idle. Slices follow document
/// order, so merging their best hits with ties broken by slice keeps the order of a single pass.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>A range of documents of one segment, in the segment's own numbering, end excluded.</summary>
    internal readonly record struct DocRange(AtomicReaderContext Leaf, int Start, int End)
    {
        public bool IsWholeLeaf => Start == 0 && End == Leaf.AtomicReader.MaxDoc;
    }

    /// <summary>Cuts the index into <paramref name="count"/> slices of about the same number of documents.</summary>
    public static List<List<DocRange>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var size = Math.Max(1, (total + count - 1) / count);
        var slices = new List<List<DocRange>> { new() };
        long filled = 0;
        foreach (var leaf in leaves)
        {
            var start = 0;
            var maxDoc = leaf.AtomicReader.MaxDoc;
            while (start < maxDoc)
            {
                if (filled == size)
                {
                    slices.Add([]);
                    filled = 0;
                }

                var end = (int)Math.Min(maxDoc, start + (size - filled));
                slices[^1].Add(new DocRange(leaf, start, end));
                filled += end - start;
                start = end;
            }
        }

        return slices;
    }

    /// <summary>Feeds a slice's matching documents to its collector, as <see cref="IndexSearcher"/> does for whole segments.</summary>
    public static void Collect(Weight weight, IReadOnlyList<DocRange> slice, ICollector collector)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(collector);
        foreach (var range in slice)
        {
            var leaf = range.Leaf;
            collector.SetNextReader(leaf);
            if (range.IsWholeLeaf)
            {
                // The bulk scorer may score out of order, faster for pure disjunctions.
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
                continue;
            }

            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            collector.SetScorer(scorer);
            for (var doc = range.Start == 0 ? scorer.NextDoc() : scorer.Advance(range.Start); doc < range.End; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
            }
        }
    }
}
