using Portal.Core.Themes;

namespace Portal.Theme.Dsfr;

/// <summary>
/// The État's design system (DSFR): its stylesheet, Marianne fonts, « bloc marque » header and footer. Its terms of use
/// reserve it to State services (ministries, prefectures, State operators): the notice says so beside the choice.
/// </summary>
public static class DsfrTheme
{
    public const string Key = "dsfr";

    public static ThemeDescriptor Descriptor { get; } = new(
        Key,
        "Système de design de l'État (DSFR)",
        "/Pages/Shared/_DsfrLayout.cshtml",
        "Réservé aux services de l'État : les conditions d'utilisation du DSFR et de la marque Marianne interdisent son usage par une collectivité territoriale, une association ou une entreprise. "
        + "Le nom de l'organisation s'affiche sous « République française » ; le logo et les couleurs de l'organisation ne sont pas utilisés.");
}
