using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Processes;
using Portal.Tests.Admin;
using Portal.Workflows;

namespace Portal.Tests.Organisations;

/// <summary>
/// Every back-office page of every module × every persona (site administrator, administrator and editor of the
/// organisation owning the process or of another, COPIL member of this process or another, follow-up committee
/// member, anonymous). The pages come from the running host's routes and the permission each asks for; which roles
/// hold it comes from the module that declares it; on a page about one process (or organisation), only the people of
/// that resource pass its per-resource check.
/// </summary>
public sealed class ScopedAccessTests(ScopedPortal portal) : IClassFixture<ScopedPortal>
{
    private const string Allowed = "autorisé";

    /// <summary>What a persona holds: their site-wide roles and those their membership of an organisation brings.</summary>
    private static readonly Dictionary<Persona, string[]> Roles = new()
    {
        [Persona.Anonymous] = [],
        [Persona.SiteAdministrator] = [PortalRoles.Administrator],
        [Persona.OrganisationAdministrator] = [PortalRoles.Editor, PortalRoles.OrganisationAdministrator],
        [Persona.OtherOrganisationAdministrator] = [PortalRoles.Editor, PortalRoles.OrganisationAdministrator],
        [Persona.Editor] = [PortalRoles.Editor],
        [Persona.OtherEditor] = [PortalRoles.Editor],
        [Persona.CopilMember] = [PortalRoles.CopilMember],
        [Persona.OtherCopilMember] = [PortalRoles.CopilMember],
        [Persona.FollowUpMember] = [PortalRoles.FollowUpCommittee],
    };

    /// <summary>The permissions checked again per resource, with the people of the process (or organisation) tried who pass that check.</summary>
    private static readonly Dictionary<string, Persona[]> PerResource = new(StringComparer.Ordinal)
    {
        [Permissions.EditContent] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator, Persona.Editor],
        [WorkflowPermissions.ManageCommittees] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator],
        [ProcessesPermissions.WriteAssessments] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator, Persona.Editor, Persona.FollowUpMember],
        [ProcessesPermissions.ManageOrganisationMembers] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator],
    };

    /// <summary>
    /// Pages about one process whose per-resource check is not their policy's: its drafts (preview, history) are read by
    /// those who edit it and those who review it (its COPIL, its follow-up committee).
    /// </summary>
    private static readonly Dictionary<string, Persona[]> PerRoute = new(StringComparer.Ordinal)
    {
        ["admin/apercu/{id}"] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator, Persona.Editor, Persona.CopilMember],
        ["admin/contenu/historique"] = [Persona.SiteAdministrator, Persona.OrganisationAdministrator, Persona.Editor, Persona.CopilMember, Persona.FollowUpMember],
    };

    /// <summary>The query a page reads its process from, where the route does not carry it.</summary>
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["admin/contenu/modifier"] = $"?id={ScopedPortal.Process}",
        ["admin/contenu/historique"] = $"?id={ScopedPortal.Process}",
        ["admin/lots/nouveau"] = $"?demarche={ScopedPortal.Process}",
        ["admin/comite-de-suivi/appreciation"] = $"?demarche={ScopedPortal.Process}&code=P-1",
        ["admin/comite-de-suivi/notes"] = $"?demarche={ScopedPortal.Process}",
    };

    public static TheoryData<Persona> People() => [.. Enum.GetValues<Persona>()];

    [Theory]
    [MemberData(nameof(People))]
    public async Task Every_back_office_page_is_allowed_or_refused_as_the_declarations_and_the_resource_say(Persona persona)
    {
        var catalogue = portal.Factory.Services.GetRequiredService<ModuleCatalogue>();
        var pages = AdminAccessTests.BackOfficePages(portal.Factory.Services).Where(p => p.Policy is not null).ToList();
        Assert.Contains(pages, p => p.Route == "admin/organisations/{slug}");
        using var anonymous = new Infrastructure.BrowserlessUser(portal.Factory);
        var client = (portal.Visitors[persona] ?? anonymous).Client;
        var wrong = new List<string>();

        foreach (var (route, policy, _) in pages)
        {
            var sample = Sample(route);
            var expected = Expected(persona, catalogue.Permission(policy!).Roles, PerRoute.GetValueOrDefault(route) ?? PerResource.GetValueOrDefault(policy!), sample);
            var outcome = AdminAccessTests.OutcomeOf(await client.GetAsync(new Uri(sample, UriKind.Relative), TestContext.Current.CancellationToken));
            var actual = outcome is AdminAccessTests.SignIn or AdminAccessTests.Denied ? outcome : Allowed;
            if (actual != expected)
            {
                wrong.Add($"{sample} ({policy}): attendu {expected}, obtenu {outcome}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static string Expected(Persona persona, IReadOnlyList<string> declared, Persona[]? people, string sample)
    {
        if (persona == Persona.Anonymous)
        {
            return AdminAccessTests.SignIn;
        }

        if (!Roles[persona].Intersect(declared).Any())
        {
            return AdminAccessTests.Denied;
        }

        var aboutOne = sample.Contains(ScopedPortal.Process, StringComparison.Ordinal) || sample.Contains(ScopedPortal.Organisation, StringComparison.Ordinal);
        return aboutOne && people is not null && !people.Contains(persona) ? AdminAccessTests.Denied : Allowed;
    }

    /// <summary>An address for a route: its process, organisation or workflow filled in, an unknown number where a number is asked.</summary>
    private static string Sample(string route) =>
        "/" + route.Replace("{id:long}", "999999", StringComparison.Ordinal).Replace("taches/{id}", "taches/inconnue", StringComparison.Ordinal)
            .Replace("{id}", ScopedPortal.Process, StringComparison.Ordinal).Replace("{slug}", ScopedPortal.Organisation, StringComparison.Ordinal)
            .Replace("{name}", "validation-copil", StringComparison.Ordinal)
        + Queries.GetValueOrDefault(route, string.Empty);
}
