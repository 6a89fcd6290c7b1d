using Portal.Processes.Public;

namespace Portal.Tests.Public;

/// <summary>The compact list of a process's propositions: filters, counts over the whole process, pages of 50.</summary>
public sealed class PropositionListingTests
{
    // 1,000 propositions: themes A/B alternate; one in four has no response; one in three has a follow-up.
    private static readonly List<PropositionSummary> Thousand = [.. Enumerable.Range(1, 1000).Select(i => new PropositionSummary(
        $"P-{i}", $"Proposition {i}", i % 2 == 0 ? "A" : "B", i, i % 4 == 0 ? null : "retenue", i % 3 == 0 ? "en-cours" : null))];

    [Fact]
    public void A_thousand_propositions_are_cut_into_pages_of_fifty_in_their_order()
    {
        var listing = PropositionListing.Build(Thousand.AsEnumerable().Reverse(), new PropositionFilter(Page: 3));

        Assert.Equal(20, listing.PageCount);
        Assert.Equal(50, listing.Items.Count);
        Assert.Equal("P-101", listing.Items[0].Code);
        Assert.Equal(1000, listing.Total);
    }

    [Fact]
    public void Filters_combine_and_counts_stay_those_of_the_whole_process()
    {
        var listing = PropositionListing.Build(Thousand, new PropositionFilter(Theme: "A", Decision: PropositionFilter.None, FollowUp: "en-cours"));

        Assert.Equal(83, listing.Matching); // multiples of 12
        Assert.All(listing.Items, p => Assert.True(p.Theme == "A" && p.Decision is null && p.FollowUpStatus == "en-cours"));
        Assert.Equal(750, listing.CountOf("retenue"));
        Assert.Equal(750, listing.Answered);
        Assert.Equal(333, listing.FollowUpCountOf("en-cours"));
        Assert.Equal(new[] { ("A", 500), ("B", 500) }, listing.Themes);
    }

    [Fact]
    public void A_page_past_the_end_shows_the_last_page_and_an_empty_result_has_one_page()
    {
        Assert.Equal(20, PropositionListing.Build(Thousand, new PropositionFilter(Page: 99)).Filter.Page);
        var none = PropositionListing.Build(Thousand, new PropositionFilter(Theme: "Z"));
        Assert.Empty(none.Items);
        Assert.Equal(1, none.PageCount);
    }
}
