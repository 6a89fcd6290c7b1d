namespace Portal.Processes.Content;

/// <summary>Rules of the follow-up committee's scores per theme.</summary>
public static partial class ProcessRules
{
    /// <summary>The largest scale a committee may state (0 to 100).</summary>
    public const int LargestScale = 100;

    /// <summary>What the record says by itself: its scale, each score within it with one decimal at most, its date, short comments.</summary>
    public static void Check(CommitteeScores scores, Report report)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(report);
        var scaleKnown = scores.ScaleMax is >= 1 and <= LargestScale;
        if (!scaleKnown)
        {
            report("scaleMax", $"l'échelle va de 0 à un maximum entier compris entre 1 et {LargestScale}");
        }

        if (scores.Date is null || scores.Date == default(DateOnly))
        {
            report("date", "la date de la notation est obligatoire (aaaa-mm-jj)");
        }

        var list = scores.Scored;
        if (list.Count == 0 && scores.Overall is null)
        {
            report("scores", "donnez au moins une note : celle d'un thème ou la note d'ensemble");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"scores[{i}]";
            var score = list[i];
            if (string.IsNullOrWhiteSpace(score.Theme))
            {
                report(path + ".theme", "le thème ne peut pas être vide");
            }
            else if (!seen.Add(score.Theme))
            {
                report(path + ".theme", $"le thème « {score.Theme} » est noté deux fois");
            }

            Score(score.Score, scores.ScaleMax, scaleKnown, path + ".score", report);
            if (score.Comment is { Length: > CommitteeScores.CommentMaxLength })
            {
                report(path + ".comment", $"le commentaire est court : {CommitteeScores.CommentMaxLength} caractères au plus ({score.Comment.Length} saisis)");
            }
        }

        if (scores.Overall is { } overall)
        {
            Score(overall, scores.ScaleMax, scaleKnown, "overall", report);
        }
    }

    /// <summary>
    /// The scored themes are themes of the process (its <see cref="Process.Themes"/>): checked where the process is
    /// known (the committee's page, the recipe step), since the record alone does not name it.
    /// </summary>
    public static void CheckThemes(CommitteeScores scores, IReadOnlyCollection<string> themes, Report report)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(report);
        var list = scores.Scored;
        for (var i = 0; i < list.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(list[i].Theme) && !themes.Contains(list[i].Theme, StringComparer.Ordinal))
            {
                var known = themes.Count == 0 ? "la démarche ne déclare aucun thème" : $"thèmes de la démarche : {string.Join(", ", themes.Select(t => $"« {t} »"))}";
                report($"scores[{i}].theme", $"thème inconnu « {list[i].Theme} » ({known})");
            }
        }
    }

    private static void Score(decimal value, int scale, bool scaleKnown, string path, Report report)
    {
        if (value < 0 || (scaleKnown && value > scale))
        {
            report(path, scaleKnown ? $"la note est comprise entre 0 et {scale}" : "la note ne peut pas être négative");
        }
        else if (decimal.Round(value, 1) != value)
        {
            report(path, "une décimale au plus (par exemple 3,3)");
        }
    }
}
