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

    public static string Explanation(DrawMethod method) => method switch
    {
        DrawMethod.Cells => "Tirage au sort stratifié par cellules : dans chaque cellule (croisement des critères), les volontaires sont mélangés par un tirage vérifiable ; les premiers sont titulaires, les suivants suppléants. Chaque volontaire d'une même cellule a exactement la même chance d'être tiré.",
        DrawMethod.Sequential => "Tirage au sort séquentiel stratifié (quotas minimum et maximum par critère) : les places sont pourvues une à une, en priorité pour les critères les plus en retard sur leur minimum. Cette méthode respecte les quotas mais n'égalise pas les chances entre volontaires comme le ferait l'algorithme LEXIMIN.",
        DrawMethod.Maximin => "Loterie équitable « maximin » : avant le tirage, un calcul a retenu des panels qui respectent tous les quotas et a réparti entre eux 1 000 billets de façon à rendre la plus grande possible la plus petite chance d'être tiré parmi les volontaires. Ces panels et leurs billets font partie de l'engagement publié ; l'aléa public désigne le billet gagnant.",
        DrawMethod.Leximin => "Loterie équitable LEXIMIN (Flanigan et al., « Fair algorithms for selecting citizens' assemblies », Nature, 2021) : avant le tirage, un calcul a retenu des panels qui respectent tous les quotas et a réparti entre eux 1 000 billets de façon à rendre la plus grande possible la plus petite chance d'être tiré, puis, sans la baisser, la suivante, et ainsi de suite. Ces panels et leurs billets font partie de l'engagement publié ; l'aléa public désigne le billet gagnant.",
        _ => string.Empty,
    };
}
