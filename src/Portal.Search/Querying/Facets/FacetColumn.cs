using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Search.Querying.Facets;

/// <summary>
/// One facet field of one segment: its values by ordinal, and where a document's ordinals are. A
/// single-valued field lives in a <see cref="FacetPack"/>; a multi-valued one (themes) keeps the
/// ordinals of doc in <see cref="Values"/>[<see cref="Starts"/>[doc] .. <see cref="Starts"/>[doc + 1]].
/// </summary>
internal sealed class FacetColumn
{
    private readonly Dictionary<string, int> _ordinals;

    private FacetColumn(string[] labels, int[]? starts, int[]? values)
    {
        Labels = labels;
        Starts = starts;
        Values = values;
        _ordinals = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            _ordinals[labels[i]] = i;
        }
    }

    /// <summary>The value of each ordinal, in ordinal (byte) order.</summary>
    public string[] Labels { get; }

    public bool IsSingleValued => Starts is null;

    public int[]? Starts { get; }

    public int[]? Values { get; }

    /// <summary>For a single-valued field: its pack, and its place in the pack's codes.</summary>
    public int Pack { get; private set; } = -1;

    public int Multiplier { get; private set; }

    public int Width { get; private set; }

    /// <summary>The ordinal of a value in this segment, or -1 when no document of the segment has it.</summary>
    public int Ordinal(string value) => _ordinals.GetValueOrDefault(value, -1);

    /// <summary>The ordinal a pack code holds for this field, -1 for none.</summary>
    public int OrdinalIn(int code) => (code / Multiplier % Width) - 1;

    /// <summary>For a multi-valued field: true when the document carries the ordinal (never for -1).</summary>
    public bool Has(int doc, int ordinal)
    {
        for (var i = Starts![doc]; i < Starts[doc + 1]; i++)
        {
            if (Values![i] == ordinal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For a multi-valued field: adds one to the count of every value of the document.</summary>
    public void Count(int doc, int[] counts)
    {
        for (var i = Starts![doc]; i < Starts[doc + 1]; i++)
        {
            counts[Values![i]]++;
        }
    }

    internal void PlaceIn(int pack, int multiplier, int width) => (Pack, Multiplier, Width) = (pack, multiplier, width);

    /// <summary>Reads a field; a single-valued one also returns its ordinal per document (-1 for none), for packing.</summary>
    public static (FacetColumn Column, int[]? Ordinals) Read(SortedSetDocValues? source, int maxDoc)
    {
        if (source is null)
        {
            var none = new int[maxDoc];
            Array.Fill(none, -1);
            return (new FacetColumn([], null, null), none);
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
            return (new FacetColumn(labels, starts, values.ToArray()), null);
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = starts[doc + 1] > starts[doc] ? values[starts[doc]] : -1;
        }

        return (new FacetColumn(labels, null, null), single);
    }
}
