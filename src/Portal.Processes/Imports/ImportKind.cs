namespace Portal.Processes.Imports;

/// <summary>What a file brings: new propositions, or responses or follow-ups to propositions that already exist.</summary>
public enum ImportKind
{
    Propositions,
    Responses,
    FollowUps,
}
