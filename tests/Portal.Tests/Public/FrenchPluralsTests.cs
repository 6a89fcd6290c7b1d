using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Public;

/// <summary>Public pages write French plurals by their count (« 1 proposition », « 3 engagements »), never « proposition(s) ».</summary>
public sealed partial class FrenchPluralsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Departement = "/demarches/assemblee-citoyenne-departementale-2022-2023";

    [Theory]
    [InlineData("/")]
    [InlineData("/suivi")]
    [InlineData("/suivi/propositions")]
    [InlineData("/suivi/propositions?demarche=assemblee-citoyenne-departementale-2022-2023&decision=retenue")]
    [InlineData(Departement)]
    [InlineData(Departement + "/suivi")]
    [InlineData(Departement + "/tirage")]
    [InlineData(Departement + "/propositions/TEJ-2")]
    [InlineData("/demarches/vivre-demain-territoire-2036")]
    [InlineData("/recherche?q=transports")]
    [InlineData("/donnees")]
    public async Task No_public_page_writes_a_plural_in_brackets(string path)
    {
        var text = (await factory.GetDocumentAsync(path)).Body!.TextContent;

        var found = BracketPlural().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{path} : {string.Join(", ", found)}");
    }

    [Fact]
    public async Task The_tracking_list_agrees_its_counts()
    {
        var text = (await factory.GetDocumentAsync("/suivi/propositions")).Body!.TextContent;

        Assert.Matches(@"\d propositions, page 1 sur \d", text);
        Assert.Contains(" propositions en CSV", text, StringComparison.Ordinal);
    }

    /// <summary>A word followed by a bracketed plural mark: « proposition(s) », « niveau(x) », « validé(e)s ».</summary>
    [GeneratedRegex(@"\p{L}\((s|x|e|es)\)")]
    private static partial Regex BracketPlural();
}
