namespace Portal.Workflows.Definitions;

/// <summary>
/// An immutable, validated state machine built from a definition: which transitions a person may take
/// from a state, and whether the approvals gathered so far complete one.
/// </summary>
public sealed class Workflow
{
    private readonly Dictionary<string, WorkflowState> _states;
    private readonly Dictionary<string, WorkflowPhase> _phases;

    private Workflow(WorkflowDefinition definition)
    {
        Definition = definition;
        _states = definition.States.ToDictionary(s => s.Key, StringComparer.Ordinal);
        _phases = PhasesOf(definition);
    }

    public WorkflowDefinition Definition { get; }

    public WorkflowState Initial => _states[Definition.InitialState];

    /// <summary>Builds the machine, or throws with every problem of the definition.</summary>
    public static Workflow From(WorkflowDefinition definition, IReadOnlyCollection<string> knownRoles)
    {
        var problems = WorkflowDefinitionValidator.Check(definition, knownRoles);
        return problems.Count == 0
            ? new Workflow(definition)
            : throw new InvalidOperationException($"Circuit « {definition.Name} » invalide : " + string.Join(" ; ", problems.Select(p => $"{p.Path} : {p.Message}")));
    }

    public WorkflowState State(string key) => _states[key];

    public bool HasState(string key) => _states.ContainsKey(key);

    public WorkflowPhase Phase(string state) => _phases[state];

    /// <summary>The first state of a given phase (the publishing state, for a version published outside the workflow).</summary>
    public WorkflowState FirstIn(WorkflowPhase phase) => Definition.States.First(s => _phases[s.Key] == phase);

    public WorkflowTransition? Transition(string key) => Definition.Transitions.FirstOrDefault(t => t.Key == key);

    /// <summary>The transitions this person may take now: by role, and never on their own submission where forbidden.</summary>
    public IReadOnlyList<WorkflowTransition> Available(string state, IReadOnlyCollection<string> roles, bool isAuthor) =>
        [.. Definition.Transitions.Where(t => t.From == state && t.Roles.Any(roles.Contains) && !(isAuthor && ForbidsAuthor(t)))];

    /// <summary>
    /// Whether the submission's author is refused this transition: where the definition says so, and always when it
    /// leaves a state under review (validating or sending back), so that no definition lets anyone approve their own work.
    /// </summary>
    public bool ForbidsAuthor(WorkflowTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return transition.ForbidAuthor || (_phases.TryGetValue(transition.From, out var phase) && phase == WorkflowPhase.Review);
    }

    /// <summary>
    /// Whether a person's action on a transition is acceptable, in French when it is not; and whether,
    /// with it, the transition is complete (quorum of distinct people reached, or the chair acted).
    /// </summary>
    public WorkflowDecision Decide(WorkflowTransition transition, WorkflowActor actor, string? comment, IReadOnlyCollection<WorkflowActor> earlierApprovals)
    {
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(earlierApprovals);
        if (!transition.Roles.Any(actor.Roles.Contains))
        {
            return WorkflowDecision.Refused($"« {transition.Label} » est réservé aux rôles : {string.Join(", ", transition.Roles)}.");
        }

        if (actor.IsAuthor && ForbidsAuthor(transition))
        {
            return WorkflowDecision.Refused("Personne ne valide sa propre soumission, ni un texte qu'il a écrit, même soumis par un autre.");
        }

        if (transition.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return WorkflowDecision.Refused($"« {transition.Label} » demande un commentaire.");
        }

        if (earlierApprovals.Any(a => a.UserId == actor.UserId))
        {
            return WorkflowDecision.Refused("Vous avez déjà donné votre accord sur cette version.");
        }

        var chair = transition.ChairRole is { } chairRole && actor.Roles.Contains(chairRole);
        var count = earlierApprovals.Count + 1;
        return chair || count >= transition.Quorum
            ? WorkflowDecision.Completed
            : WorkflowDecision.Pending(transition.Quorum - count);
    }

    private static Dictionary<string, WorkflowPhase> PhasesOf(WorkflowDefinition definition)
    {
        var phases = new Dictionary<string, WorkflowPhase>(StringComparer.Ordinal);
        var publishing = definition.States.Where(s => s.Publishes).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        // Everything reachable from a publication, without going back through the initial state, is after it.
        var after = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(publishing);
        while (queue.TryDequeue(out var state))
        {
            foreach (var next in definition.Transitions.Where(t => t.From == state).Select(t => t.To))
            {
                if (next != definition.InitialState && !publishing.Contains(next) && after.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var state in definition.States)
        {
            phases[state.Key] = state.Key == definition.InitialState ? WorkflowPhase.Draft
                : state.Publishes ? WorkflowPhase.Published
                : after.Contains(state.Key) ? WorkflowPhase.Unpublished
                : definition.Transitions.Any(t => t.From == state.Key && publishing.Contains(t.To)) ? WorkflowPhase.Approved
                : WorkflowPhase.Review;
        }

        return phases;
    }
}

/// <summary>Who acts: their id, roles, and whether they submitted the version at hand.</summary>
public sealed record WorkflowActor(string UserId, IReadOnlyCollection<string> Roles, bool IsAuthor);

/// <summary>The verdict on one action: refused (with why), recorded but waiting for more approvals, or completing the transition.</summary>
public sealed record WorkflowDecision(bool Accepted, bool Complete, int MissingApprovals, string? Refusal)
{
    public static readonly WorkflowDecision Completed = new(true, true, 0, null);

    public static WorkflowDecision Pending(int missing) => new(true, false, missing, null);

    public static WorkflowDecision Refused(string why) => new(false, false, 0, why);
}
