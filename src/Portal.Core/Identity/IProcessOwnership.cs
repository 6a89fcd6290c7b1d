using System.Security.Claims;

namespace Portal.Core.Identity;

/// <summary>
/// Who owns a process being created. The module that knows owners (organisations) answers for whom this person may
/// create one, and makes the chosen owner own the new process: an organisation's editor creates processes for their
/// organisations only, a site-wide editor as before.
/// </summary>
public interface IProcessOwnership
{
    /// <summary>The owners this person may create a process for, and whether they may create one without an owner.</summary>
    Task<NewProcessOwners> OwnersForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="ownerKey"/> (one of <see cref="OwnersForAsync"/>'s) the owner of the new process.</summary>
    Task AssignAsync(string ownerKey, string processId, string actor, CancellationToken cancellationToken = default);
}

/// <summary>The owners (key, name) a person may create a process for, and whether no owner at all is allowed.</summary>
public sealed record NewProcessOwners(IReadOnlyList<(string Key, string Name)> Owners, bool WithoutOwner)
{
    /// <summary>What everyone may do when no module knows owners: create without one.</summary>
    public static readonly NewProcessOwners Unowned = new([], true);

    public bool MayCreate => WithoutOwner || Owners.Count > 0;

    /// <summary>Whether <paramref name="key"/> (null: none) is an allowed choice.</summary>
    public bool Allows(string? key) => string.IsNullOrEmpty(key) ? WithoutOwner : Owners.Any(o => o.Key == key);
}
