using Portal.Core.Themes;

namespace Portal.Theme.Default;

/// <summary>The organiser's own look: its logo, name, colours, links and contact (the identity set in the back office).</summary>
public static class DefaultTheme
{
    public static ThemeDescriptor Descriptor { get; } = new(
        ThemeSettings.DefaultKey,
        "Thème de l'organisation (logo, nom et couleurs réglés ci-dessous)",
        "/Pages/Shared/_Layout.cshtml");
}
