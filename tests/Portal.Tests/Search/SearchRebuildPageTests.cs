using System.Net;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The back-office button that rebuilds the search index.</summary>
public sealed class SearchRebuildPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Administrator_rebuilds_the_index_and_search_still_finds_published_content()
    {
        using var admin = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Administrator);

        var response = await admin.SubmitAsync("/admin/recherche", "main form", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessUser.ParseAsync("/admin/recherche", response);
        var status = page.QuerySelector("[role=status]")!.TextContent;
        Assert.Matches(@"Index reconstruit : \d+ document", status);
        Assert.DoesNotContain("reconstruit : 0 ", status, StringComparison.Ordinal);
        var results = await admin.GetAsync("/recherche?q=%C3%A9cologique");
        Assert.NotEmpty(results.QuerySelectorAll("main ol li"));
    }
}
