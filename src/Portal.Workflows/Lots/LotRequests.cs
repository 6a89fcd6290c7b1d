using Portal.Core.Content;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>
/// An editor gathering versions into a lot and submitting it: the selected versions, or (no selection) every draft
/// of the process, which is everything changed since its last publication.
/// </summary>
public sealed record NewLot(string Name, string? ProcessId, IReadOnlyList<VersionKey>? Selection, StaffMember Actor);

/// <summary>One person asking to take a transition on a lot, with the stamp their page showed and, when sending back, comments per item.</summary>
public sealed record LotRequest(
    long LotId,
    string Transition,
    StaffMember Actor,
    string ExpectedStamp,
    string? Comment = null,
    IReadOnlyDictionary<string, string>? ItemComments = null,
    DateTimeOffset? PublishAt = null);
