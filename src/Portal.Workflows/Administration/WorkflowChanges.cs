using System.Globalization;

namespace Portal.Workflows.Administration;

/// <summary>A one-line French account of what changed between two versions of a definition, for the audit trail.</summary>
public static class WorkflowChanges
{
    public static string Describe(Definitions.WorkflowDefinition before, Definitions.WorkflowDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        foreach (var next in after.Transitions)
        {
            var previous = before.Transitions.FirstOrDefault(t => t.Key == next.Key);
            if (previous is null)
            {
                changes.Add($"{next.Key} : ajoutée");
                continue;
            }

            var parts = new List<string>();
            var added = next.Roles.Except(previous.Roles).ToList();
            var removed = previous.Roles.Except(next.Roles).ToList();
            if (added.Count + removed.Count > 0)
            {
                parts.Add("rôles " + string.Join(" ", added.Select(r => "+" + r).Concat(removed.Select(r => "-" + r))));
            }

            Compare(parts, "quorum", previous.Quorum.ToString(CultureInfo.InvariantCulture), next.Quorum.ToString(CultureInfo.InvariantCulture));
            Compare(parts, "voix du président", previous.ChairRole ?? "aucune", next.ChairRole ?? "aucune");
            Compare(parts, "commentaire obligatoire", YesNo(previous.CommentRequired), YesNo(next.CommentRequired));
            Compare(parts, "interdite à l'auteur", YesNo(previous.ForbidAuthor), YesNo(next.ForbidAuthor));
            Compare(parts, "programmable", YesNo(previous.Scheduled), YesNo(next.Scheduled));
            if (parts.Count > 0)
            {
                changes.Add($"{next.Key} : {string.Join(", ", parts)}");
            }
        }

        return $"Circuit « {after.Title} » — " + (changes.Count == 0 ? "modifié" : string.Join(" ; ", changes));
    }

    private static void Compare(List<string> parts, string what, string before, string after)
    {
        if (before != after)
        {
            parts.Add($"{what} {before} → {after}");
        }
    }

    private static string YesNo(bool value) => value ? "oui" : "non";
}
