using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Site.Accessibility;

/// <summary>
/// The accessibility statement the law requires of a public body's site (RGAA 4.1, model of the DINUM): who states
/// it, the conformity and how it was measured, what is not accessible and why, how to get help and where to turn
/// for redress. One item per site (<see cref="AccessibilityStatements.ItemId"/>), edited and validated like any
/// content; the footer's « Accessibilité : … conforme » mention reads its <see cref="Conformity"/>.
/// </summary>
public sealed record AccessibilityStatement(
    string Entity,
    string Conformity,
    DateOnly EstablishedOn,
    decimal? ConformityRate = null,
    DateOnly? AuditDate = null,
    string? Auditor = null,
    IReadOnlyList<string>? Technologies = null,
    IReadOnlyList<string>? TestTools = null,
    IReadOnlyList<string>? PagesTested = null,
    string? NonCompliantContent = null,
    string? Derogations = null,
    string? ExemptContent = null,
    string? ContactEmail = null,
    string? ContactPage = null,
    string? ContactAddress = null,
    string? MultiYearPlanUrl = null,
    string? ActionPlanUrl = null) : IDisplayText, ISiteContent
{
    [JsonIgnore]
    public string DisplayText => "Déclaration d'accessibilité";
}
