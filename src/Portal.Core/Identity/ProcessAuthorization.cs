using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Portal.Core.Identity;

/// <summary>
/// The thing a per-resource check is about: a process (its id), or nothing when the content belongs to the site
/// itself (free pages) or is a process not created yet. Pages first pass their permission's policy (may this person
/// edit at all?), then ask <c>IAuthorizationService</c> about this resource (may they edit this process?).
/// </summary>
public sealed record ProcessResource(string? ProcessId);

/// <summary>The operations checked per process; the module that knows who owns processes answers them.</summary>
public static class ProcessOperations
{
    /// <summary>Writing drafts of the process and its sections, importing into it, submitting them for review.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>
    /// Reading the process's unpublished texts in the back office (its preview, the history of its items): those who
    /// edit it, and those who review it (its COPIL, or any COPIL member where it has none; its follow-up committee).
    /// </summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Giving and taking seats on the process's COPIL and follow-up committee.</summary>
    public static readonly OperationAuthorizationRequirement ManageCommittees = new() { Name = nameof(ManageCommittees) };
}

/// <summary>The per-process question as pages ask it.</summary>
public static class ProcessAuthorizationExtensions
{
    /// <summary>Whether <paramref name="user"/> may do <paramref name="operation"/> on this process (null: the site's own content, or a process not created yet).</summary>
    public static async Task<bool> MayAsync(this IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user, string? processId, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(user, new ProcessResource(processId), operation)).Succeeded;
    }
}
