using Portal.Core.Text;

namespace Portal.Tests.Text;

/// <summary>Counts agree with their noun as French does (singular for 0 and 1), with French digit grouping.</summary>
public sealed class FrenchCountTests
{
    [Theory]
    [InlineData(0, "0 proposition")]
    [InlineData(1, "1 proposition")]
    [InlineData(2, "2 propositions")]
    [InlineData(1236, "1\u202f236 propositions")]
    public void A_count_agrees_with_its_noun(int value, string expected) =>
        Assert.Equal(expected, French.Count(value, "proposition", "propositions"));
}
