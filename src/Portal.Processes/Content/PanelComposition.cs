using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// How the panel was formed and what it looks like, in aggregates only: no panel member's
/// personal data is ever part of this record.
/// </summary>
public sealed record PanelComposition(
    string SelectionMethod,
    int PanelSize,
    int Substitutes,
    IReadOnlyList<PanelCriterion> Criteria,
    int? PoolSize = null,
    string? Notes = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Composition du panel";
}

/// <summary>A sociodemographic criterion (gender, age band, territory…) and its categories.</summary>
public sealed record PanelCriterion(string Name, IReadOnlyList<PanelCategory> Categories);

/// <summary>One category: target count, achieved count, and its share in the reference population (percent).</summary>
public sealed record PanelCategory(string Label, int Target, int Achieved, decimal? ReferenceShare = null);
