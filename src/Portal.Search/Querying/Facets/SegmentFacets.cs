using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Portal.Search.Indexing;

namespace Portal.Search.Querying.Facets;

/// <summary>
/// The facet values of one index segment as plain arrays of ordinals, read once from the sorted-set doc
/// values and kept as long as the segment lives (segments never change; a new one gets its own arrays).
/// Counting a match is then an array read and an increment per facet, with no per-document decoding.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(FacetColumn[] columns) => Columns = columns;

    /// <summary>One column per facet field, in the order of <see cref="SearchFields.Facets"/>.</summary>
    public FacetColumn[] Columns { get; }

    /// <summary>The arrays of a segment, built at the first call and shared afterwards.</summary>
    public static SegmentFacets For(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        // The core key outlives deletions, which never change the values of the remaining documents.
        return Cache.GetValue(segment.CoreCacheKey, _ => Build(segment));
    }

    private static SegmentFacets Build(AtomicReader segment) =>
        new(SearchFields.Facets.Select(f => FacetColumn.Read(segment.GetSortedSetDocValues(f), segment.MaxDoc)).ToArray());
}

/// <summary>
/// One facet field of one segment: <see cref="Single"/>[doc] is the ordinal (-1 when the document has
/// no value) when no document has two values; otherwise the ordinals of doc are
/// <see cref="Values"/>[<see cref="Starts"/>[doc] .. <see cref="Starts"/>[doc + 1]].
/// </summary>
internal sealed class FacetColumn
{
    private readonly Dictionary<string, int> _ordinals;

    private FacetColumn(string[] labels, int[]? single, int[]? starts, int[]? values)
    {
        Labels = labels;
        _ordinals = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            _ordinals[labels[i]] = i;
        }

        Single = single;
        Starts = starts;
        Values = values;
    }

    /// <summary>The value of each ordinal, in ordinal (byte) order.</summary>
    public string[] Labels { get; }

    public int[]? Single { get; }

    public int[]? Starts { get; }

    public int[]? Values { get; }

    /// <summary>The ordinal of a value in this segment, or -1 when no document of the segment has it.</summary>
    public int Ordinal(string value) => _ordinals.GetValueOrDefault(value, -1);

    /// <summary>True when the document carries the ordinal (never for -1, a value the segment lacks).</summary>
    public bool Has(int doc, int ordinal)
    {
        if (ordinal < 0)
        {
            return false;
        }

        if (Single is { } single)
        {
            return single[doc] == ordinal;
        }

        for (var i = Starts![doc]; i < Starts[doc + 1]; i++)
        {
            if (Values![i] == ordinal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds one to the count of every value of the document.</summary>
    public void Count(int doc, int[] counts)
    {
        if (Single is { } single)
        {
            var ordinal = single[doc];
            if (ordinal >= 0)
            {
                counts[ordinal]++;
            }

            return;
        }

        for (var i = Starts![doc]; i < Starts[doc + 1]; i++)
        {
            counts[Values![i]]++;
        }
    }

    public static FacetColumn Read(SortedSetDocValues? source, int maxDoc)
    {
        if (source is null)
        {
            var none = new int[maxDoc];
            Array.Fill(none, -1);
            return new FacetColumn([], none, null, null);
        }

        var labels = new string[source.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            source.LookupOrd(ord, term);
            labels[ord] = term.Utf8ToString();
        }

        // One pass into a compressed-row layout; most fields turn out single-valued and are flattened.
        var starts = new int[maxDoc + 1];
        var values = new List<int>(maxDoc);
        var multi = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = values.Count;
            source.SetDocument(doc);
            long ord;
            while ((ord = source.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.Add((int)ord);
            }

            multi |= values.Count - starts[doc] > 1;
        }

        starts[maxDoc] = values.Count;
        if (multi)
        {
            return new FacetColumn(labels, null, starts, values.ToArray());
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = starts[doc + 1] > starts[doc] ? values[starts[doc]] : -1;
        }

        return new FacetColumn(labels, single, null, null);
    }
}
