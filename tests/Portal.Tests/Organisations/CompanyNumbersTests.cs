using Portal.Processes.Organisations;

namespace Portal.Tests.Organisations;

public sealed class CompanyNumbersTests
{
    [Theory]
    [InlineData("732829320", "732829320")]
    [InlineData("732 829 320", "732829320")]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("130 025 265 00013", "13002526500013")]
    [InlineData("35600000012341", "35600000012341")]
    public void Valid_siren_and_siret_are_kept_as_digits(string typed, string expected) =>
        Assert.Equal(expected, CompanyNumbers.Normalise(typed));

    [Theory]
    [InlineData("732829321")]
    [InlineData("73282932000075")]
    [InlineData("7328293")]
    [InlineData("73282932A")]
    [InlineData("35600000012342")]
    public void A_wrong_check_digit_or_length_is_refused(string typed) =>
        Assert.Null(CompanyNumbers.Normalise(typed));

    [Fact]
    public void An_organisation_with_a_wrong_siret_gets_a_french_message_naming_the_field()
    {
        var problems = new OrganisationInput("Ministère de l'Exemple", null, OrganisationKind.Ministere, "123456789").Problems();

        var (field, message) = Assert.Single(problems);
        Assert.Equal(nameof(OrganisationInput.Siret), field);
        Assert.Contains("ni un SIREN (9 chiffres) ni un SIRET (14 chiffres) valide", message, StringComparison.Ordinal);
    }
}
