using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Processes;
using Portal.Search;
using Portal.Sortition;
using Portal.Tests.Infrastructure;
using Portal.Workflows;

namespace Portal.Tests.Admin;

/// <summary>
/// Every back-office route × every role, allowed or refused as the modules declare. The table names the
/// permission each route must ask for; which roles hold it comes from the module that declares it.
/// </summary>
public sealed class AdminAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-cu-vivre-demain-2036";
    private const string Anonymous = "anonyme";
    private const string Ok = "ok";
    internal const string SignIn = "connexion";
    internal const string Denied = "refusé";
    private const string Elsewhere = "renvoi";
    private const string NotFound = "introuvable";

    /// <summary>Route template → an address to try, the permission the route must ask for, and what an allowed person gets.</summary>
    private static readonly Dictionary<string, (string Sample, string Permission, string Allowed)> Routes = new(StringComparer.Ordinal)
    {
        ["admin"] = ("/admin", Permissions.AccessBackOffice, Ok),
        ["admin/demarches/{id}"] = ($"/admin/demarches/{Process}", Permissions.AccessBackOffice, Ok),
        ["admin/demarches/{id}/comites"] = ($"/admin/demarches/{Process}/comites", WorkflowPermissions.ManageCommittees, Ok),
        ["admin/demarches/{id}/import"] = ($"/admin/demarches/{Process}/import", Permissions.EditContent, Ok),
        ["admin/contenu/modifier"] = ($"/admin/contenu/modifier?id={Process}", Permissions.EditContent, Ok),
        ["admin/contenu/historique"] = ($"/admin/contenu/historique?id={Process}", Permissions.AccessBackOffice, Ok),
        ["admin/apercu/{id}"] = ($"/admin/apercu/{Process}", Permissions.PreviewContent, Ok),
        ["admin/securite"] = ("/admin/securite", Permissions.AccessBackOffice, Ok),
        ["admin/utilisateurs"] = ("/admin/utilisateurs", AdminPermissions.ManageUsers, Ok),
        ["admin/medias"] = ("/admin/medias", Permissions.AccessBackOffice, Ok),
        ["admin/medias/ajouter"] = ("/admin/medias/ajouter", Permissions.EditContent, Ok),
        ["admin/recherche"] = ("/admin/recherche", SearchPermissions.ManageSearchIndex, Ok),
        ["admin/recherche/thesaurus"] = ("/admin/recherche/thesaurus", SearchPermissions.ManageSearchIndex, Ok),
        ["admin/vocabulaires"] = ("/admin/vocabulaires", ProcessesPermissions.ManageVocabularies, Ok),
        ["admin/theme"] = ("/admin/theme", Portal.Themes.ThemesPermissions.ManageTheme, Ok),
        ["admin/comite-de-suivi"] = ("/admin/comite-de-suivi", ProcessesPermissions.WriteAssessments, Ok),
        ["admin/comite-de-suivi/appreciation"] = ($"/admin/comite-de-suivi/appreciation?demarche={Process}&code=P-1", ProcessesPermissions.WriteAssessments, Ok),
        ["admin/comite-de-suivi/notes"] = ($"/admin/comite-de-suivi/notes?demarche={Process}", ProcessesPermissions.WriteAssessments, Ok),
        ["admin/validation"] = ("/admin/validation", Permissions.AccessBackOffice, Ok),
        ["admin/validation/{id:long}"] = ("/admin/validation/999999", Permissions.AccessBackOffice, NotFound),
        ["admin/validation/tableau-de-bord"] = ("/admin/validation/tableau-de-bord", Permissions.AccessBackOffice, Ok),
        ["admin/lots"] = ("/admin/lots", Permissions.AccessBackOffice, Ok),
        ["admin/lots/nouveau"] = ($"/admin/lots/nouveau?demarche={Process}", Permissions.EditContent, Ok),
        ["admin/lots/{id:long}"] = ("/admin/lots/999999", Permissions.AccessBackOffice, NotFound),
        ["admin/notifications"] = ("/admin/notifications", Permissions.AccessBackOffice, Ok),
        ["admin/taches/{id}"] = ("/admin/taches/inconnue", Permissions.AccessBackOffice, NotFound),
        ["admin/circuit/agir"] = ("/admin/circuit/agir", Permissions.AccessBackOffice, Elsewhere),
        ["admin/circuits"] = ("/admin/circuits", WorkflowPermissions.ManageWorkflows, Ok),
        ["admin/circuits/{name}"] = ("/admin/circuits/validation-copil", WorkflowPermissions.ManageWorkflows, Ok),
        ["admin/tirages"] = ("/admin/tirages", SortitionPermissions.RunDraws, Ok),
        ["admin/tirages/preparer"] = ("/admin/tirages/preparer", SortitionPermissions.RunDraws, Ok),
        ["admin/tirages/{id}"] = ("/admin/tirages/999999", SortitionPermissions.RunDraws, NotFound),
        ["admin/organisations"] = ("/admin/organisations", ProcessesPermissions.ManageOrganisationMembers, Ok),
        ["admin/organisations/{slug}"] = ("/admin/organisations/communaute-urbaine-du-val-d-ardanne", ProcessesPermissions.ManageOrganisationMembers, Ok),
        ["admin/abonnements"] = ("/admin/abonnements", Portal.OpenData.Following.FollowPermissions.Manage, Ok),
    };

    /// <summary>Pages open to everyone: signing in and getting back into one's account.</summary>
    private static readonly string[] OpenPages =
        ["admin/connexion", "admin/connexion/code", "admin/mot-de-passe-oublie", "admin/reinitialiser", "admin/acces-refuse", "admin/deconnexion", "admin/invitation"];

    private static readonly string[] Roles = [Anonymous, PortalRoles.Editor, PortalRoles.CopilMember, PortalRoles.Administrator];

    public static TheoryData<string, string> Table()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes.Keys)
        {
            foreach (var role in Roles)
            {
                data.Add(route, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Route_is_allowed_or_refused_as_its_module_declares(string route, string role)
    {
        var (sample, permission, allowed) = Routes[route];
        var roles = factory.Services.GetRequiredService<ModuleCatalogue>().Permission(permission).Roles;
        var expected = role == Anonymous ? SignIn : roles.Contains(role) ? allowed : Denied;
        using var user = role == Anonymous ? new BrowserlessUser(factory) : await BrowserlessUser.SignedInAsync(factory, role);

        var response = await user.Client.GetAsync(new Uri(sample, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, OutcomeOf(response));
    }

    [Fact]
    public void Every_back_office_page_of_every_module_is_in_the_access_table()
    {
        var pages = BackOfficePages();

        var guarded = pages.Where(p => p.Policy is not null || p.SignedIn).Select(p => p.Route).ToHashSet(StringComparer.Ordinal);
        var open = pages.Where(p => p.Policy is null && !p.SignedIn).Select(p => p.Route).Order(StringComparer.Ordinal);

        Assert.Equal(Routes.Keys.Order(StringComparer.Ordinal), guarded.Order(StringComparer.Ordinal));
        Assert.Equal(OpenPages.Order(StringComparer.Ordinal), open);
    }

    [Fact]
    public void Every_back_office_page_asks_for_the_permission_in_the_table_and_a_module_declares_it()
    {
        var catalogue = factory.Services.GetRequiredService<ModuleCatalogue>();

        foreach (var page in BackOfficePages().Where(p => Routes.ContainsKey(p.Route)))
        {
            Assert.True(page.Policy == Routes[page.Route].Permission, $"{page.Route} asks for {page.Policy ?? "(aucune permission)"}, the table says {Routes[page.Route].Permission}");
            Assert.Contains(catalogue.Permissions, p => p.Name == page.Policy);
        }
    }

    [Theory]
    [InlineData(Anonymous, SignIn)]
    [InlineData(PortalRoles.CopilMember, Denied)]
    public async Task Markdown_preview_endpoint_is_for_editors_only(string role, string expected)
    {
        using var user = role == Anonymous ? new BrowserlessUser(factory) : await BrowserlessUser.SignedInAsync(factory, role);
        using var content = new FormUrlEncodedContent([new("texte", "**a**")]);

        var response = await user.Client.PostAsync(new Uri("/admin/markdown/apercu", UriKind.Relative), content, TestContext.Current.CancellationToken);

        // The refusal comes from authorisation, before the antiforgery check or the renderer could fail.
        Assert.Equal(expected, OutcomeOf(response));
    }

    /// <summary>What the user ends up with: the page, the sign-in page, the « accès refusé » page, another page, or the status and location as they came.</summary>
    internal static string OutcomeOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.NotFound => NotFound,
            HttpStatusCode.Redirect when location.StartsWith("http://localhost/admin/connexion", StringComparison.Ordinal) => SignIn,
            HttpStatusCode.Redirect when location.StartsWith("http://localhost/admin/acces-refuse", StringComparison.Ordinal) => Denied,
            HttpStatusCode.Redirect when location.StartsWith('/') => Elsewhere,
            _ => $"{(int)response.StatusCode} {location}",
        };
    }

    /// <summary>The Razor pages under /admin as the running host routes them, with the policy each one asks for.</summary>
    private List<(string Route, string? Policy, bool SignedIn)> BackOfficePages() => BackOfficePages(factory.Services);

    internal static List<(string Route, string? Policy, bool SignedIn)> BackOfficePages(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => (Route: e.RoutePattern.RawText!.TrimStart('/'), Endpoint: e))
            .Where(e => e.Route == "admin" || e.Route.StartsWith("admin/", StringComparison.Ordinal))
            .Select(e =>
            {
                var authorize = e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
                var anonymous = e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                return (e.Route, anonymous ? null : authorize.Select(a => a.Policy).FirstOrDefault(p => p is not null), !anonymous && authorize.Count > 0);
            })
            .DistinctBy(p => p.Route)];
    }
}
