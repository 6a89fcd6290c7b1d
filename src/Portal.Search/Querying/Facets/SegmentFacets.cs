using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Portal.Search.Indexing;

namespace Portal.Search.Querying.Facets;

/// <summary>
/// The facet values of one index segment as plain arrays, read once from the sorted-set doc values and
/// kept as long as the segment lives (segments never change; a new one gets its own arrays). Single-valued
/// fields of few values are packed together: one code per document stands for the values of several
/// fields, so counting a match is one increment per pack instead of one per field (measured: the
/// seven-facet count was three times the cost of matching and scoring on common words).
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>Largest number of codes of a pack: a pack's counts are scanned once per segment and query.</summary>
    internal const int MaxPackSize = 16384;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(FacetColumn[] columns, FacetPack[] packs)
    {
        Columns = columns;
        Packs = packs;
    }

    /// <summary>One column per facet field, in the order of <see cref="SearchFields.Facets"/>.</summary>
    public FacetColumn[] Columns { get; }

    public FacetPack[] Packs { get; }

    /// <summary>The arrays of a segment, built at the first call and shared afterwards.</summary>
    public static SegmentFacets For(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        // The core key outlives deletions, which never change the values of the remaining documents.
        return Cache.GetValue(segment.CoreCacheKey, _ => Build(segment));
    }

    private static SegmentFacets Build(AtomicReader segment)
    {
        var maxDoc = segment.MaxDoc;
        var read = SearchFields.Facets.Select(f => FacetColumn.Read(segment.GetSortedSetDocValues(f), maxDoc)).ToArray();
        var columns = read.Select(r => r.Column).ToArray();

        // Greedy packing, fewest values first, while the product of (values + 1) stays small.
        var packs = new List<FacetPack>();
        var members = new List<int>();
        var size = 1;
        void Close()
        {
            if (members.Count > 0)
            {
                packs.Add(FacetPack.Build(packs.Count, members, columns, read.Select(r => r.Ordinals).ToArray(), maxDoc));
                members.Clear();
                size = 1;
            }
        }

        foreach (var field in Enumerable.Range(0, columns.Length).Where(f => columns[f].IsSingleValued).OrderBy(f => columns[f].Labels.Length))
        {
            var width = columns[field].Labels.Length + 1;
            if ((long)size * width > MaxPackSize)
            {
                Close();
            }

            members.Add(field);
            size *= width;
        }

        Close();
        return new SegmentFacets(columns, packs.ToArray());
    }
}

/// <summary>
/// Several single-valued fields of a segment in one code per document: the code is the sum over the
/// fields of (ordinal + 1) × the field's multiplier, 0 standing for « no value ».
/// </summary>
internal sealed class FacetPack
{
    private FacetPack(int[] codes, int size, int[] fields)
    {
        Codes = codes;
        Size = size;
        Fields = fields;
    }

    public int[] Codes { get; }

    /// <summary>The number of distinct codes: the product of (values + 1) of the fields.</summary>
    public int Size { get; }

    public int[] Fields { get; }

    public static FacetPack Build(int index, List<int> fields, FacetColumn[] columns, int[]?[] ordinals, int maxDoc)
    {
        var codes = new int[maxDoc];
        var multiplier = 1;
        foreach (var field in fields)
        {
            var width = columns[field].Labels.Length + 1;
            columns[field].PlaceIn(index, multiplier, width);
            var source = ordinals[field]!;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                codes[doc] += (source[doc] + 1) * multiplier;
            }

            multiplier *= width;
        }

        return new FacetPack(codes, multiplier, fields.ToArray());
    }
}
