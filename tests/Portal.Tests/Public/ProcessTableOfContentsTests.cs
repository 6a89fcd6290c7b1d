using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>A long process page has a table of contents beside its sections, each entry leading to a section heading of the page.</summary>
public sealed class ProcessTableOfContentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/demarches/assemblee-citoyenne-departementale-2022-2023")]
    [InlineData("/demarches/vivre-demain-territoire-2036")]
    public async Task Every_entry_of_the_table_of_contents_leads_to_a_section_heading_and_every_section_is_listed(string path)
    {
        var page = await factory.GetDocumentAsync(path);

        var toc = page.QuerySelector(".process-layout > nav.process-toc")!;
        var targets = toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();

        Assert.All(targets, t => Assert.NotNull(page.GetElementById(t)));
        Assert.All(page.QuerySelectorAll(".process-sections > section > h2[id]").Select(h => h.Id!), id => Assert.Contains(id, targets));
        Assert.True(targets.Count >= 8, string.Join(", ", targets));
    }
}
