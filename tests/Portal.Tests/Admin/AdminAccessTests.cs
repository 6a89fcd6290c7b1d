using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Every back-office route × every role, allowed or refused as intended, in one table.</summary>
public sealed class AdminAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Process = "demo-cu-vivre-demain-2036";
    private const string Anonymous = "anonyme";
    private const string Ok = "ok";
    private const string SignIn = "connexion";
    private const string Denied = "refusé";

    public static TheoryData<string, string, string> Table()
    {
        string[] routes =
        [
            "/admin",
            $"/admin/demarches/{Process}",
            "/admin/contenu/modifier?type=Demarche",
            $"/admin/contenu/modifier?id={Process}",
            $"/admin/contenu/historique?id={Process}",
            $"/admin/apercu/{Process}",
            "/admin/utilisateurs",
            $"/admin/demarches/{Process}/import",
            "/admin/medias",
            "/admin/medias/ajouter",
            "/admin/recherche",
            "/admin/validation",
            "/admin/circuits",
            "/admin/circuits/validation-copil",
            "/admin/tirages",
            "/admin/tirages/preparer",
        ];

        // Expected outcome per route, in the order: anonymous, Éditeur, Membre du COPIL, Administrateur.
        string[][] expected =
        [
            [SignIn, Ok, Ok, Ok],
            [SignIn, Ok, Ok, Ok],
            [SignIn, Ok, Denied, Ok],
            [SignIn, Ok, Denied, Ok],
            [SignIn, Ok, Ok, Ok],
            [SignIn, Ok, Ok, Ok],
            [SignIn, Denied, Denied, Ok],
            [SignIn, Ok, Denied, Ok],
            [SignIn, Ok, Ok, Ok],
            [SignIn, Ok, Denied, Ok],
            [SignIn, Denied, Denied, Ok],
            [SignIn, Ok, Ok, Ok],
            [SignIn, Denied, Denied, Ok],
            [SignIn, Denied, Denied, Ok],
            [SignIn, Denied, Denied, Ok],
            [SignIn, Denied, Denied, Ok],
        ];
        string[] roles = [Anonymous, PortalRoles.Editor, PortalRoles.CopilMember, PortalRoles.Administrator];
        var data = new TheoryData<string, string, string>();
        for (var r = 0; r < routes.Length; r++)
        {
            for (var k = 0; k < roles.Length; k++)
            {
                data.Add(routes[r], roles[k], expected[r][k]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Route_is_allowed_or_refused_by_role(string route, string role, string expected)
    {
        using var user = role == Anonymous ? new BrowserlessUser(factory) : await BrowserlessUser.SignedInAsync(factory, role);

        var response = await user.Client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, OutcomeOf(response));
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

    /// <summary>What the user ends up with: the page, the sign-in page, the « accès refusé » page, or the status and location as they came.</summary>
    private static string OutcomeOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Ok,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.StartsWith("http://localhost/admin/connexion", StringComparison.Ordinal) => SignIn,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.StartsWith("http://localhost/admin/acces-refuse", StringComparison.Ordinal) => Denied,
        _ => $"{(int)response.StatusCode} {response.Headers.Location}",
    };
}
