namespace Portal.Workflows.Definitions;

/// <summary>
/// Checks a definition before it is used: every name resolves, every transition has roles, every
/// state can be reached from the initial one. Problems come back as (path, French message).
/// </summary>
public static class WorkflowDefinitionValidator
{
    public static IReadOnlyList<(string Path, string Message)> Check(WorkflowDefinition definition, IReadOnlyCollection<string> knownRoles)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(knownRoles);
        var problems = new List<(string, string)>();
        var states = definition.States.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in definition.States.GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            problems.Add(("states", $"état « {duplicate.Key} » défini plusieurs fois"));
        }

        if (!states.Contains(definition.InitialState))
        {
            problems.Add(("initialState", $"l'état initial « {definition.InitialState} » n'existe pas"));
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            var path = $"transitions[{i}]";
            if (!states.Contains(t.From))
            {
                problems.Add(($"{path}.from", $"« {t.Key} » part d'un état inconnu « {t.From} »"));
            }

            if (!states.Contains(t.To))
            {
                problems.Add(($"{path}.to", $"« {t.Key} » mène à un état inconnu « {t.To} »"));
            }

            if (t.Roles.Count == 0)
            {
                problems.Add(($"{path}.roles", $"la transition « {t.Key} » n'est permise à aucun rôle"));
            }

            foreach (var role in t.Roles.Append(t.ChairRole).OfType<string>().Where(r => !knownRoles.Contains(r)))
            {
                problems.Add(($"{path}.roles", $"rôle inconnu « {role} » dans « {t.Key} »"));
            }

            if (t.Quorum < 1)
            {
                problems.Add(($"{path}.quorum", "le quorum est d'au moins une personne"));
            }
        }

        foreach (var duplicate in definition.Transitions.GroupBy(t => t.Key).Where(g => g.Count() > 1))
        {
            problems.Add(("transitions", $"transition « {duplicate.Key} » définie plusieurs fois"));
        }

        var reachable = Reachable(definition);
        foreach (var state in definition.States.Where(s => !reachable.Contains(s.Key)))
        {
            problems.Add(("states", $"l'état « {state.Key} » ne peut être atteint depuis « {definition.InitialState} »"));
        }

        if (!definition.States.Any(s => s.Publishes))
        {
            problems.Add(("states", "aucun état ne publie : rien ne serait jamais visible du public"));
        }

        return problems;
    }

    private static HashSet<string> Reachable(WorkflowDefinition definition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.InitialState };
        var queue = new Queue<string>([definition.InitialState]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var next in definition.Transitions.Where(t => t.From == state).Select(t => t.To))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
