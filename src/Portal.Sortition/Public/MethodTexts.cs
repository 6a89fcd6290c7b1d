using Portal.Sortition.Storage;

namespace Portal.Sortition.Public;

/// <summary>Each method's short name and its plain-French explanation for the public page and the back office.</summary>
public static class MethodTexts
{
    public static string Label(DrawMethod method) => method switch
    {
        DrawMethod.Cells => "Cellules (quotas exacts)",
        DrawMethod.Sequential => "Séquentielle",
        DrawMethod.Maximin => "Maximin",
        DrawMethod.Leximin => "LEXIMIN",
        _ => method.ToString(),
    };

    /// <summary>
    /// The plain-French explanation. LEXIMIN claims to raise every chance in turn only when it ran to its
    /// end (<paramref name="fairness"/>); otherwise it says how far it went.
    /// </summary>
    public static string Explanation(DrawMethod method, FairnessFigures? fairness = null) => method switch
    {
        DrawMethod.Cells => "Tirage au sort stratifié par cellules : dans chaque cellule (croisement des critères), les volontaires sont mélangés par un tirage vérifiable ; les premiers sont titulaires, les suivants suppléants. Chaque volontaire d'une même cellule a exactement la même chance d'être tiré.",
        DrawMethod.Sequential => "Tirage au sort séquentiel stratifié (quotas minimum et maximum par critère) : les places sont pourvues une à une, en priorité pour les critères les plus en retard sur leur minimum. Cette méthode respecte les quotas mais n'égalise pas les chances entre volontaires comme le ferait l'algorithme LEXIMIN. Chaque titulaire a des suppléants de même profil.",
        DrawMethod.Maximin => "Loterie équitable « maximin » : " + Lottery + "de façon à rendre la plus grande possible la plus petite chance d'être tiré parmi les volontaires. " + Committed,
        DrawMethod.Leximin when fairness is { LeximinComplete: true } => "Loterie équitable LEXIMIN (Flanigan et al., « Fair algorithms for selecting citizens' assemblies », Nature, 2021) : "
            + Lottery + "de façon à rendre la plus grande possible la plus petite chance d'être tiré, puis, sans la baisser, la suivante, et ainsi de suite. " + Committed,
        DrawMethod.Leximin => "Loterie équitable LEXIMIN (Flanigan et al., « Fair algorithms for selecting citizens' assemblies », Nature, 2021), arrêtée par son budget de temps : "
            + Lottery + "de façon à rendre la plus grande possible la plus petite chance d'être tiré, puis a commencé à relever les suivantes sans la baisser ; les chiffres ci-dessous disent jusqu'où. " + Committed,
        _ => string.Empty,
    };

    private const string Lottery = "avant le tirage, un calcul a retenu des panels qui respectent tous les quotas et a réparti entre eux 1 000 billets ";

    private const string Committed = "Ces panels et leurs billets font partie de l'engagement publié ; l'aléa public désigne le billet gagnant. Chaque titulaire a des suppléants de même profil.";
}
