namespace Portal.Sortition.Drawing;

/// <summary>How the quotas are expressed, which decides the selection algorithm.</summary>
public enum QuotaMode
{
    /// <summary>An exact number of members per cell of crossed features (canton × genre × âge…).</summary>
    Cells,

    /// <summary>A minimum and maximum per value of each feature, and a panel size.</summary>
    MinMax,
}

/// <summary>An exact count for one cell; <see cref="Values"/> follow <see cref="Quotas.CellFeatures"/>.</summary>
public sealed record CellQuota(IReadOnlyList<string> Values, int Members)
{
    /// <summary>The cell's sort key: its values joined by U+001F (unit separator), compared as UTF-8 bytes.</summary>
    public string Key => string.Join('\u001F', Values);

    public string Label => string.Join(" · ", Values);
}

/// <summary>Bounds on how many members have one value of one feature.</summary>
public sealed record ValueQuota(string Feature, string Value, int Min, int Max);

/// <summary>
/// The quotas, always held in canonical order: cell features and value quotas sorted by name, cells by
/// key. <see cref="QuotasJson"/> writes the exact text whose SHA-256 the commitment holds.
/// </summary>
public sealed record Quotas
{
    public Quotas(QuotaMode mode, int panelSize, int substitutesPerMember, int substitutes, IEnumerable<string> cellFeatures, IEnumerable<CellQuota> cells, IEnumerable<ValueQuota> values)
    {
        Mode = mode;
        PanelSize = panelSize;
        SubstitutesPerMember = substitutesPerMember;
        Substitutes = substitutes;
        var features = cellFeatures.Select(Pool.Normalise).ToList();
        var order = features.Select((f, k) => (f, k)).OrderBy(p => p.f, Utf8Ordinal.Instance).Select(p => p.k).ToList();
        CellFeatures = order.Select(k => features[k]).ToList();
        Cells = cells
            .Select(c => new CellQuota(order.Select(k => Pool.Normalise(c.Values[k])).ToList(), c.Members))
            .OrderBy(c => c.Key, Utf8Ordinal.Instance)
            .ToList();
        Values = values
            .Select(v => v with { Feature = Pool.Normalise(v.Feature), Value = Pool.Normalise(v.Value) })
            .OrderBy(v => v.Feature, Utf8Ordinal.Instance).ThenBy(v => v.Value, Utf8Ordinal.Instance)
            .ToList();
    }

    public QuotaMode Mode { get; }

    public int PanelSize { get; }

    /// <summary>Cells mode: each cell gets members × this many substitutes, ranked after its members.</summary>
    public int SubstitutesPerMember { get; }

    /// <summary>Min/max mode: how many substitutes follow the panel.</summary>
    public int Substitutes { get; }

    public IReadOnlyList<string> CellFeatures { get; }

    public IReadOnlyList<CellQuota> Cells { get; }

    public IReadOnlyList<ValueQuota> Values { get; }

    public int TotalSubstitutes => Mode == QuotaMode.Cells ? Cells.Sum(c => c.Members * SubstitutesPerMember) : Substitutes;

    /// <summary>The value of each cell feature for one volunteer, joined like <see cref="CellQuota.Key"/>.</summary>
    public string CellKeyOf(Volunteer volunteer) =>
        string.Join('\u001F', CellFeatures.Select(f => volunteer.Features.TryGetValue(f, out var v) ? v : string.Empty));
}
