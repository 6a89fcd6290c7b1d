namespace Portal.Core.Modules;

/// <summary>A link of the back-office menu, shown to whoever holds <see cref="Permission"/>, under one of the <see cref="AdminMenuGroups"/>.</summary>
public sealed record AdminMenuEntry(string Text, string Href, string Permission, int Order = 100, string Group = AdminMenuGroups.Content);

/// <summary>The headings of the back-office navigation, in the order people look for them: write, validate, configure, their account.</summary>
public static class AdminMenuGroups
{
    public const string Content = "Contenus";
    public const string Review = "Validation";
    public const string Settings = "Réglages";
    public const string Account = "Mon compte";

    public static readonly IReadOnlyList<string> InOrder = [Content, Review, Settings, Account];

    /// <summary>Where a group stands in the navigation; a group of a module's own naming comes after these.</summary>
    public static int RankOf(string group)
    {
        for (var i = 0; i < InOrder.Count; i++)
        {
            if (InOrder[i] == group)
            {
                return i;
            }
        }

        return InOrder.Count;
    }
}
