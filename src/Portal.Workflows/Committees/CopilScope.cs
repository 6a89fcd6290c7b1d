using Portal.Core.Identity;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Committees;

/// <summary>
/// Who counts as a COPIL member for which process. A process with a COPIL of its own is reviewed by its members
/// alone: the site-wide « Membre du COPIL » role then acts only from a seat on that committee, and only seated
/// members' approvals count toward its quorum. A process without one keeps the site-wide rule. Likewise a process
/// owned by an organisation with members is written and submitted by those members alone (« Éditeur » for them only).
/// </summary>
public sealed class CopilScope(IReadOnlyDictionary<string, IReadOnlySet<string>> seatsByProcess, IReadOnlyDictionary<string, IReadOnlySet<string>>? editorsByProcess = null)
{
    public static readonly CopilScope None = new(new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>Whether the process has a COPIL of its own.</summary>
    public bool HasCommittee(string? processId) => processId is not null && seatsByProcess.ContainsKey(processId);

    /// <summary>Whether this person may act as a COPIL member on this process.</summary>
    public bool Sits(string? processId, string? userName) =>
        !HasCommittee(processId) || (userName is not null && seatsByProcess[processId!].Contains(userName));

    /// <summary>
    /// The person's roles for this process: without « Membre du COPIL » when the process's committee has no seat for
    /// them; « Éditeur » exactly when they are a member of its organisation, where that organisation has members.
    /// </summary>
    public StaffMember For(StaffMember who, string? processId)
    {
        ArgumentNullException.ThrowIfNull(who);
        var scoped = who.Roles.Contains(PortalRoles.CopilMember) && !Sits(processId, who.Name)
            ? who with { Roles = [.. who.Roles.Where(r => r != PortalRoles.CopilMember)] }
            : who;
        if (processId is null || editorsByProcess is null || !editorsByProcess.TryGetValue(processId, out var editors))
        {
            return scoped;
        }

        var others = scoped.Roles.Where(r => r != PortalRoles.Editor);
        return scoped with { Roles = [.. editors.Contains(who.Name) ? others.Append(PortalRoles.Editor) : others] };
    }

    /// <summary>The earlier approvals that still count: on a process with its own COPIL, only those of people seated now.</summary>
    public IReadOnlyList<string> Counting(string? processId, IEnumerable<string> approvers) =>
        [.. approvers.Where(a => Sits(processId, a))];

    /// <summary>The workflow's verdict on one person's action on a record of this process, with the committee's rule applied.</summary>
    public WorkflowDecision Decide(
        Workflow workflow, WorkflowTransition transition, string? processId, StaffMember who, bool isAuthor, string? comment, IEnumerable<string> earlierApprovers)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(transition);
        var actor = For(who, processId);
        var counted = transition.Roles.Contains(PortalRoles.CopilMember) ? Counting(processId, earlierApprovers) : [.. earlierApprovers];
        var decision = workflow.Decide(transition, new WorkflowActor(actor.Name, actor.Roles, isAuthor), comment, [.. counted.Select(name => new WorkflowActor(name, [], false))]);
        return !decision.Accepted && who.Roles.Contains(PortalRoles.CopilMember) && !Sits(processId, who.Name) && transition.Roles.Contains(PortalRoles.CopilMember)
            ? WorkflowDecision.Refused("Vous ne siégez pas au COPIL de cette démarche : seuls ses membres examinent et valident ses publications.")
            : decision;
    }
}
