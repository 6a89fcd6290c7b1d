using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying.Facets;

/// <summary>
/// One pass over the documents matching the text: applies the facet filters on cached arrays, hands the
/// documents passing every filter to the top-N collector, and counts facet values. A facet's counts
/// ignore that facet's own filter (drill-sideways), so a selected list still shows the alternatives with
/// what each would give: a document failing exactly one filter is counted for that filter's facet only.
/// </summary>
internal sealed class FacetedCollector : ICollector
{
    private readonly FacetFilter[] _filters;
    private readonly ICollector _top;
    private readonly Dictionary<string, int>[] _totals;
    private readonly int[] _filterOrdinals;
    private SegmentFacets? _segment;
    private int[][] _packCounts = [];
    private int[][] _fieldCounts = [];
    private int[] _multiValued = [];
    private bool _counted;

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
        var segment = SegmentFacets.For(context.AtomicReader);
        _segment = segment;
        _packCounts = segment.Packs.Select(p => new int[p.Size]).ToArray();
        _fieldCounts = segment.Columns.Select(c => new int[c.Labels.Length]).ToArray();
        _multiValued = Enumerable.Range(0, segment.Columns.Length).Where(f => !segment.Columns[f].IsSingleValued).ToArray();
        for (var i = 0; i < _filters.Length; i++)
        {
            _filterOrdinals[i] = segment.Columns[_filters[i].Field].Ordinal(_filters[i].Value);
        }

        _top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var missed = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (!Passes(segment, doc, i))
            {
                if (missed >= 0)
                {
                    return; // Two filters missed: the document counts nowhere.
                }

                missed = i;
            }
        }

        _counted = true;
        if (missed >= 0)
        {
            CountField(segment, doc, _filters[missed].Field);
            return;
        }

        Total++;
        _top.Collect(doc);
        var packs = segment.Packs;
        for (var p = 0; p < packs.Length; p++)
        {
            _packCounts[p][packs[p].Codes[doc]]++;
        }

        foreach (var field in _multiValued)
        {
            segment.Columns[field].Count(doc, _fieldCounts[field]);
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

    private bool Passes(SegmentFacets segment, int doc, int filter)
    {
        var ordinal = _filterOrdinals[filter];
        if (ordinal < 0)
        {
            return false;
        }

        var column = segment.Columns[_filters[filter].Field];
        return column.IsSingleValued ? column.OrdinalIn(segment.Packs[column.Pack].Codes[doc]) == ordinal : column.Has(doc, ordinal);
    }

    private void CountField(SegmentFacets segment, int doc, int field)
    {
        var column = segment.Columns[field];
        if (!column.IsSingleValued)
        {
            column.Count(doc, _fieldCounts[field]);
            return;
        }

        var ordinal = column.OrdinalIn(segment.Packs[column.Pack].Codes[doc]);
        if (ordinal >= 0)
        {
            _fieldCounts[field][ordinal]++;
        }
    }

    /// <summary>Codes and ordinals are per segment: turn the segment's counts into counts per value.</summary>
    private void Flush()
    {
        if (_segment is not { } segment || !_counted)
        {
            return;
        }

        for (var p = 0; p < segment.Packs.Length; p++)
        {
            var counts = _packCounts[p];
            var fields = segment.Packs[p].Fields;
            for (var code = 1; code < counts.Length; code++)
            {
                if (counts[code] == 0)
                {
                    continue;
                }

                foreach (var field in fields)
                {
                    var ordinal = segment.Columns[field].OrdinalIn(code);
                    if (ordinal >= 0)
                    {
                        _fieldCounts[field][ordinal] += counts[code];
                    }
                }
            }
        }

        for (var field = 0; field < _fieldCounts.Length; field++)
        {
            var counts = _fieldCounts[field];
            var labels = segment.Columns[field].Labels;
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    _totals[field][labels[ordinal]] = _totals[field].GetValueOrDefault(labels[ordinal]) + counts[ordinal];
                }
            }
        }

        _counted = false;
    }
}

/// <summary>A required value on the facet at index <see cref="Field"/> of <see cref="SearchFields.Facets"/>.</summary>
internal readonly record struct FacetFilter(int Field, string Value);
