using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>How the evaluation's figures read on the page, in the dossier and in open data.</summary>
public static class EvaluationFigures
{
    /// <summary>« 82 % », « 7,4 / 10 », « 12 ».</summary>
    public static string Value(SurveyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Unit == "%" ? French.Percent(figure.Value)
            : figure.Value.ToString("0.#", French.Culture) + (string.IsNullOrWhiteSpace(figure.Unit) ? string.Empty : " " + figure.Unit.Trim());
    }

    /// <summary>« n = 87 »: the number of respondents each figure rests on.</summary>
    public static string Respondents(SurveyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return "n = " + French.Number(figure.Respondents);
    }

    /// <summary>« Satisfaisant (3 sur 4) »: the rating and its rank on the evaluation's own scale.</summary>
    public static string? Rating(Evaluation evaluation, EvaluationFinding finding)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(finding);
        var scale = evaluation.RatingScale ?? [];
        var rank = finding.Rating is null ? -1 : scale.ToList().IndexOf(finding.Rating);
        return rank < 0 ? finding.Rating : $"{finding.Rating} ({rank + 1} sur {scale.Count})";
    }

    /// <summary>« Évaluation indépendante — Laboratoire… »: who evaluated, as far as it is said.</summary>
    public static string? Evaluator(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var kind = evaluation.EvaluatorKind is { } k ? EvaluatorKinds.Label(k) : null;
        return (kind, evaluation.EvaluatorName) switch
        {
            (null, null or "") => null,
            (null, var name) => name,
            (var label, null or "") => label,
            (var label, var name) => $"{label} : {name}",
        };
    }

    /// <summary>The dimensions in the guide's order.</summary>
    public static IReadOnlyList<EvaluationFinding> Dimensions(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return [.. (evaluation.Dimensions ?? []).OrderBy(d => EvaluationDimensions.Rank(d.Dimension))];
    }
}
