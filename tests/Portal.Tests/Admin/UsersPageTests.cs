using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Users;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Administrators manage accounts and roles from the back office.</summary>
public sealed class UsersPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Administrator_creates_an_account_adds_a_role_and_gives_it()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var created = await admin.SubmitAsync("/admin/utilisateurs", "form[action*=Add]", new() { ["Email"] = "nouvelle@exemple.fr", ["Role"] = PortalRoles.Editor });
        var page = await BrowserlessUser.ParseAsync("/admin/utilisateurs", created);
        Assert.Contains("Compte nouvelle@exemple.fr créé", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        await admin.SubmitAsync("/admin/utilisateurs", "form[action*=Role]", new() { ["NewRole"] = "Observateur" });
        var list = await admin.GetAsync("/admin/utilisateurs");
        var given = await admin.SubmitAsync(list, $"form[action*=Membership]:has(input[value='nouvelle@exemple.fr'])", new() { ["role"] = "Observateur", ["member"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Observateur", PortalRoles.Editor], users.Single(u => u.Email == "nouvelle@exemple.fr").Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_role_is_chosen_in_advance_and_a_form_without_one_is_refused_in_french()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var list = await admin.GetAsync("/admin/utilisateurs");
        Assert.All(list.QuerySelectorAll("select"), select => Assert.Equal(string.Empty, ((AngleSharp.Html.Dom.IHtmlSelectElement)select).Value));

        var created = await admin.SubmitAsync(list, "form[action*=Add]", new() { ["Email"] = "sans-role@exemple.fr" });
        var page = await BrowserlessUser.ParseAsync("/admin/utilisateurs", created);
        Assert.Contains("Rôle : choisissez le rôle du compte.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Role", page.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        var given = await admin.SubmitAsync(list, $"form[action*=Membership]:has(input[value='{admin.Email}'])", new() { ["member"] = "true" });
        Assert.Contains("choisissez le rôle à donner ou à retirer.", (await BrowserlessUser.ParseAsync("/admin/utilisateurs", given)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.DoesNotContain((await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(TestContext.Current.CancellationToken)), u => u.Email == "sans-role@exemple.fr");
    }

    [Fact]
    public async Task Administrator_cannot_lock_their_own_account()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var list = await admin.GetAsync("/admin/utilisateurs");

        var response = await admin.SubmitAsync(list, $"form[action*=Lock]:has(input[value='{admin.Email}'])", []);

        var page = await BrowserlessUser.ParseAsync("/admin/utilisateurs", response);
        Assert.Contains("propre compte", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
