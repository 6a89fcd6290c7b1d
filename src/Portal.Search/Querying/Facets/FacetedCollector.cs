using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying.Facets;

/// <summary>
/// One pass over the documents matching the text: applies the facet filters on cached ordinal arrays,
/// hands the documents passing every filter to the top-N collector, and counts facet values.
/// A facet's counts ignore that facet's own filter (drill-sideways), so a selected list still shows
/// the alternatives with what each would give: a document failing exactly one filter is counted
/// for that filter's facet only.
/// </summary>
internal sealed class FacetedCollector : ICollector
{
    private readonly FacetFilter[] _filters;
    private readonly ICollector _top;
    private readonly Dictionary<string, int>[] _totals;
    private readonly int[] _filterOrdinals;
    private FacetColumn[] _columns = [];
    private int[][] _counts = [];

    /// <param name="filters">Required values, at most one per facet of <see cref="SearchFields.Facets"/>.</param>
    /// <param name="top">Receives the documents that pass every filter.</param>
    public FacetedCollector(IReadOnlyList<FacetFilter> filters, ICollector top)
    {
        ArgumentNullException.ThrowIfNull(filters);
        _filters = filters.ToArray();
        _top = top;
        _totals = SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _filterOrdinals = new int[_filters.Length];
        if (_filters.Any(f => f.Field < 0 || f.Field >= _totals.Length) || _filters.DistinctBy(f => f.Field).Count() != _filters.Length)
        {
            throw new ArgumentException("Un filtre par facette au plus, sur une facette comptée.", nameof(filters));
        }
    }

    /// <summary>How many documents passed every filter.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => _top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _columns = SegmentFacets.For(context.AtomicReader).Columns;
        _counts = _columns.Select(c => new int[c.Labels.Length]).ToArray();
        for (var i = 0; i < _filters.Length; i++)
        {
            _filterOrdinals[i] = _columns[_filters[i].Field].Ordinal(_filters[i].Value);
        }

        _top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var missed = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (!_columns[_filters[i].Field].Has(doc, _filterOrdinals[i]))
            {
                if (missed >= 0)
                {
                    return; // Two filters missed: the document counts nowhere.
                }

                missed = i;
            }
        }

        if (missed >= 0)
        {
            var field = _filters[missed].Field;
            _columns[field].Count(doc, _counts[field]);
            return;
        }

        Total++;
        _top.Collect(doc);
        for (var field = 0; field < _columns.Length; field++)
        {
            _columns[field].Count(doc, _counts[field]);
        }
    }

    /// <summary>The counts per field (only values counted at least once), most frequent first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results()
    {
        Flush();
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var field = 0; field < _totals.Length; field++)
        {
            results[SearchFields.Facets[field]] = _totals[field].Select(v => new FacetValue(v.Key, v.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        }

        return results;
    }

    /// <summary>Ordinals are per segment: turn the segment's counts into counts per value.</summary>
    private void Flush()
    {
        for (var field = 0; field < _counts.Length; field++)
        {
            var counts = _counts[field];
            var labels = _columns[field].Labels;
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    var label = labels[ordinal];
                    _totals[field][label] = _totals[field].GetValueOrDefault(label) + counts[ordinal];
                }
            }
        }

        _counts = [];
    }
}

/// <summary>A required value on the facet at index <see cref="Field"/> of the counted fields.</summary>
internal readonly record struct FacetFilter(int Field, string Value);
