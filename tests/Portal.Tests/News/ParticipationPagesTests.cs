using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.News;

/// <summary>« Participer » on the demo's 2021 process: open while registrations are, then where the results appear.</summary>
public sealed class ParticipationPagesTests(ParticipationPagesTests.SpringOf2021 factory) : IClassFixture<ParticipationPagesTests.SpringOf2021>
{
    private const string Metropole = "/demarches/vivre-demain-territoire-2036";

    /// <summary>
    /// The demo portal read in 2021: it is set up today (the demo records a draw of December 2021, which a recipe
    /// refuses to date in its future), then its clock is moved back to the day each test reads.
    /// </summary>
    public sealed class SpringOf2021 : PortalFactoryBase
    {
        private bool _started;

        public FixedClock Clock { get; } = new(DateTimeOffset.UtcNow);

        public async Task AtAsync(DateTimeOffset when)
        {
            if (!_started)
            {
                Clock.Now = DateTimeOffset.UtcNow;
                await GetDocumentAsync("/");
                _started = true;
            }

            Clock.Now = when;
        }

        protected override void Configure(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    [Fact]
    public async Task Running_process_says_who_may_take_part_how_and_until_when()
    {
        await factory.AtAsync(new DateTimeOffset(2021, 4, 1, 8, 0, 0, TimeSpan.Zero));

        var page = await factory.GetDocumentAsync(Metropole + "?au=2021-04-01");

        var block = page.QuerySelector("#participer-modalites")!;
        Assert.Equal("Participer", page.QuerySelector("section[aria-labelledby=participer] h2")!.TextContent);
        Assert.Contains("sans condition de nationalité", block.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://participation.val-ardanne.exemple.fr/vivre-demain/inscription", block.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Inscriptions ouvertes du 15 mars 2021 au 14 mai 2021 inclus.", block.TextContent, StringComparison.Ordinal);
        Assert.Contains("Garde d'enfants", block.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        var meetings = block.QuerySelectorAll("h3").First(h => h.TextContent == "Rencontres").NextElementSibling!;
        Assert.Equal(2, meetings.QuerySelectorAll("li").Length);
        Assert.Null(page.QuerySelector("#participer-close"));
    }

    [Fact]
    public async Task Block_gives_way_to_where_results_appear_once_the_deadline_passes()
    {
        // Still running (until November), but registrations closed on 14 May.
        await factory.AtAsync(new DateTimeOffset(2021, 5, 15, 8, 0, 0, TimeSpan.Zero));

        var page = await factory.GetDocumentAsync(Metropole + "?au=2021-05-15");

        Assert.Null(page.QuerySelector("#participer-modalites"));
        var closed = page.QuerySelector("#participer-close")!;
        Assert.Contains("Les inscriptions étaient ouvertes du 15 mars 2021 au 14 mai 2021.", closed.TextContent, StringComparison.Ordinal);
        Assert.Contains("section Avis des citoyens", page.QuerySelector("section[aria-labelledby=participer]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_filter_lists_processes_one_may_still_join()
    {
        await factory.AtAsync(new DateTimeOffset(2021, 4, 1, 8, 0, 0, TimeSpan.Zero));
        var spring = await factory.GetDocumentAsync("/demarches?ouvertes=true&au=2021-04-01");
        await factory.AtAsync(new DateTimeOffset(2021, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var winter = await factory.GetDocumentAsync("/demarches?ouvertes=true&au=2021-12-01");

        Assert.Equal([Metropole], spring.QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")));
        Assert.True(spring.QuerySelector("#ouvertes")!.HasAttribute("checked"));
        Assert.Empty(winter.QuerySelectorAll(".cards h2 a"));
    }
}
