using Portal.Core.Text;
using Portal.Processes.Content;
using Portal.Processes.Public;

namespace Portal.OpenData.Dossier;

/// <summary>The evaluation's chapter of the dossier: who evaluated and how, the synthesis, the four dimensions, the survey, the lessons.</summary>
internal static class EvaluationDossier
{
    public static void Write(IDossierWriter word, Evaluation e)
    {
        if (EvaluationFigures.Evaluator(e) is { } evaluator)
        {
            word.Text($"Évaluateur : {evaluator}" + (e.Date is { } date ? $". Date : {French.Date(date)}." : "."));
        }

        if (!string.IsNullOrWhiteSpace(e.Method))
        {
            word.Heading(2, "Méthode");
            word.Text(e.Method);
        }

        word.Heading(2, "Synthèse");
        word.Text(e.Text);
        var dimensions = EvaluationFigures.Dimensions(e);
        if (dimensions.Count > 0)
        {
            word.Heading(2, "Les quatre dimensions de l'évaluation");
            if (e.RatingScale is { Count: > 0 } scale)
            {
                word.Text("Échelle de notation choisie par l'organisateur, du plus faible au plus fort : " + string.Join(", ", scale) + ".");
            }

            foreach (var finding in dimensions)
            {
                word.Heading(3, EvaluationDimensions.Label(finding.Dimension));
                if (EvaluationFigures.Rating(e, finding) is { } rating)
                {
                    word.Text("Appréciation : " + rating);
                }

                word.Text(finding.Findings);
            }
        }

        if (e.Survey is { Count: > 0 } survey)
        {
            word.Heading(2, "Questionnaire des participants");
            word.Table(["Question", "Résultat", "Répondants"], survey.Select(s => (IReadOnlyList<string?>)[s.Label, EvaluationFigures.Value(s), EvaluationFigures.Respondents(s)]));
        }

        if (e.Lessons is { Count: > 0 } lessons)
        {
            word.Heading(2, "Enseignements");
            word.Text(string.Join("\n", lessons.Select(l => "– " + l)));
        }
    }
}
