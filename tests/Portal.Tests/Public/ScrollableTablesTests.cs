using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>
/// Every table, public or back office, sits in its own scrollable region named after its caption, so that a wide
/// table scrolls alone instead of the whole page on a phone (WCAG 1.4.10) and the region is reachable by keyboard.
/// </summary>
public sealed class ScrollableTablesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/demarches/vivre-demain-territoire-2036")]
    [InlineData("/demarches/vivre-demain-territoire-2036/historique")]
    public async Task Public_tables_scroll_in_a_region_named_by_their_caption(string path)
    {
        var page = await factory.GetDocumentAsync(path);
        var tables = page.QuerySelectorAll("main table");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var box = table.ParentElement!;
            Assert.Equal(("table-scroll", "region", "0"), (box.ClassName, box.GetAttribute("role"), box.GetAttribute("tabindex")));
            var caption = table.QuerySelector("caption")?.TextContent.Trim();
            Assert.Equal(string.IsNullOrEmpty(caption) ? "Tableau" : string.Join(' ', caption.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), box.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public async Task Back_office_tables_scroll_in_their_own_region_too()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);
        var page = await admin.GetAsync("/admin/utilisateurs");
        var box = page.QuerySelector("main table")!.ParentElement!;
        Assert.Equal(("table-scroll", "Comptes"), (box.ClassName, box.GetAttribute("aria-label")));
    }
}
