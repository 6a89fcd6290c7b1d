using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// The evaluation of the process (CIPC guide, fiche 4): a synthesis (<see cref="Text"/>, the free text evaluations had
/// before they were structured), who evaluated and how, the four dimensions of the guide each with findings and a rating
/// on the organiser's own scale, the participants' survey as aggregates, and the lessons learnt. The report is a
/// document of the process (type « rapport d'évaluation »); <see cref="ReportUrl"/> is kept for older evaluations.
/// </summary>
public sealed record Evaluation(
    string Text,
    string? ReportUrl = null,
    DateOnly? Date = null,
    string? EvaluatorKind = null,
    string? EvaluatorName = null,
    string? Method = null,
    IReadOnlyList<string>? RatingScale = null,
    IReadOnlyList<EvaluationFinding>? Dimensions = null,
    IReadOnlyList<SurveyFigure>? Survey = null,
    IReadOnlyList<string>? Lessons = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Évaluation de la démarche";
}

/// <summary>What the evaluation found on one dimension of the guide, and its rating (a level of the evaluation's scale).</summary>
public sealed record EvaluationFinding(string Dimension, string Findings, string? Rating = null);

/// <summary>
/// One aggregate of the participants' survey: « Satisfaits de la démarche », 82 (%), 87 respondents. Only aggregates:
/// never an answer of one participant.
/// </summary>
public sealed record SurveyFigure(string Label, decimal Value, int Respondents, string Unit = "%");
