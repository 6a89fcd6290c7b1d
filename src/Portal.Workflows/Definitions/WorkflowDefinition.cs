namespace Portal.Workflows.Definitions;

/// <summary>
/// A publication workflow as data (from a recipe, editable by administrators): its states, and for
/// each transition who may take it, how many distinct approvals it needs, and whether a comment is required.
/// </summary>
public sealed record WorkflowDefinition(
    string Name,
    string Title,
    string InitialState,
    IReadOnlyList<WorkflowState> States,
    IReadOnlyList<WorkflowTransition> Transitions);

/// <summary>A state; <see cref="Publishes"/> marks the state in which the version is what the public reads.</summary>
public sealed record WorkflowState(string Key, string Label, bool Publishes = false, bool Final = false);

/// <summary>
/// A move from one state to another. <see cref="Quorum"/> distinct people holding one of <see cref="Roles"/>
/// must take it before it happens, unless one of them holds <see cref="ChairRole"/>. The author of the
/// submission never counts towards it when <see cref="ForbidAuthor"/> is set.
/// </summary>
public sealed record WorkflowTransition(
    string Key,
    string Label,
    string From,
    string To,
    IReadOnlyList<string> Roles,
    bool CommentRequired = false,
    int Quorum = 1,
    string? ChairRole = null,
    bool ForbidAuthor = false,
    bool Scheduled = false);
