using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Processes.Organisations;
using Portal.Tests.Infrastructure;
using Portal.Workflows.Committees;

namespace Portal.Tests.Organisations;

/// <summary>
/// The demo with people in every place the access table asks about: the Val d'Ardanne community (which owns the
/// process <see cref="Process"/>) and the Monts-d'Orvale département (owning <see cref="OtherProcess"/>) each with an
/// administrator and an editor, a COPIL member seated on each process, a follow-up committee member of the first.
/// </summary>
public sealed class ScopedPortal : IAsyncLifetime
{
    public const string Process = "demo-cu-vivre-demain-2036";
    public const string OtherProcess = "demo-departement-assemblee-citoyenne-2022";
    public const string Organisation = "communaute-urbaine-du-val-d-ardanne";
    public const string OtherOrganisation = "departement-des-monts-d-orvale";

    public PortalFactory Factory { get; } = new();

    /// <summary>Each persona's signed-in visitor, null for the anonymous one.</summary>
    public Dictionary<Persona, BrowserlessUser?> Visitors { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Organisation mine, theirs;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OrganisationStore>();
            (mine, theirs) = ((await store.FindAsync(Organisation))!, (await store.FindAsync(OtherOrganisation))!);
        }

        Visitors[Persona.Anonymous] = null;
        Visitors[Persona.SiteAdministrator] = await BrowserlessUser.SignedInAsync(Factory, PortalRoles.Administrator);
        Visitors[Persona.OrganisationAdministrator] = await OrganisationMembers.SignedInMemberAsync(Factory, mine, OrganisationRole.Administrator);
        Visitors[Persona.OtherOrganisationAdministrator] = await OrganisationMembers.SignedInMemberAsync(Factory, theirs, OrganisationRole.Administrator);
        Visitors[Persona.Editor] = await OrganisationMembers.SignedInMemberAsync(Factory, mine, OrganisationRole.Editor);
        Visitors[Persona.OtherEditor] = await OrganisationMembers.SignedInMemberAsync(Factory, theirs, OrganisationRole.Editor);
        Visitors[Persona.CopilMember] = await OrganisationMembers.SeatedAsync(Factory, PortalRoles.CopilMember, Process, CommitteeKind.Copil);
        Visitors[Persona.OtherCopilMember] = await OrganisationMembers.SeatedAsync(Factory, PortalRoles.CopilMember, OtherProcess, CommitteeKind.Copil);
        Visitors[Persona.FollowUpMember] = await OrganisationMembers.SeatedAsync(Factory, PortalRoles.FollowUpCommittee, Process, CommitteeKind.FollowUp);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var visitor in Visitors.Values)
        {
            visitor?.Dispose();
        }

        await Factory.DisposeAsync();
    }
}

/// <summary>The people of the access table.</summary>
public enum Persona
{
    Anonymous,
    SiteAdministrator,
    OrganisationAdministrator,
    OtherOrganisationAdministrator,
    Editor,
    OtherEditor,
    CopilMember,
    OtherCopilMember,
    FollowUpMember,
}
