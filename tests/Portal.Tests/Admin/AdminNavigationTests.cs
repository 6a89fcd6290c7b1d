using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The back-office navigation is built from what the modules declare, cut to each person's role, on every back-office page.</summary>
public sealed class AdminNavigationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalRoles.Administrator, "/admin/tirages")]
    [InlineData(PortalRoles.Editor, "/admin/medias")]
    [InlineData(PortalRoles.CopilMember, "/admin/validation")]
    public async Task Each_page_offers_exactly_the_declared_entries_its_reader_may_open(string role, string page)
    {
        using var user = await BrowserlessUser.SignedInAsync(factory, role);
        var document = await user.GetAsync(page);

        // Expected from the declarations themselves: the menu entries whose permission names this role.
        var catalogue = factory.Services.GetRequiredService<ModuleCatalogue>();
        var expected = catalogue.Menu.Where(e => catalogue.Permission(e.Permission).Roles.Contains(role)).Select(e => e.Href).Prepend("/admin");
        var links = document.QuerySelectorAll(".admin-nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));

        var current = Assert.Single(document.QuerySelectorAll(".admin-nav a[aria-current=page]"));
        Assert.Equal(page, current.GetAttribute("href"));
    }

    [Fact]
    public async Task The_entries_are_grouped_under_french_headings_in_the_declared_order()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var document = await admin.GetAsync("/admin");

        var headings = document.QuerySelectorAll(".admin-nav ul[aria-label]").Select(u => u.GetAttribute("aria-label")).ToList();
        Assert.Equal(AdminMenuGroups.InOrder.Where(headings.Contains), headings);
        Assert.Contains(document.QuerySelectorAll(".admin-nav ul[aria-label='Réglages'] a"), a => a.GetAttribute("href") == "/admin/utilisateurs");
    }

    [Fact]
    public async Task The_sign_in_page_shows_no_back_office_navigation()
    {
        var document = await factory.GetDocumentAsync("/admin/connexion");

        Assert.Null(document.QuerySelector(".admin-nav"));
    }
}
