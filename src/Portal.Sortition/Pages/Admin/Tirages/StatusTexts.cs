using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Admin.Tirages;

/// <summary>A draw's state in words for the back office (never by colour alone).</summary>
public static class StatusTexts
{
    public static string Of(SortitionDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return draw.IsDrawn ? "Tiré (résultat publié)" : draw.Status switch
        {
            DrawStatus.Queued => "En attente de calcul",
            DrawStatus.Running => "Calcul en cours",
            DrawStatus.Ready => "Engagé, en attente de l'aléa public",
            DrawStatus.Failed => "Échec de la préparation",
            _ => draw.Status.ToString(),
        };
    }
}
