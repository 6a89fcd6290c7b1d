using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Forms;
using Portal.Core.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Diff rows name fields in French words, list items by their rank; labels come from the module that owns the field.</summary>
public sealed class FieldLabelsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("title", "Titre")]
    [InlineData("calendar[0].name", "Calendrier n° 1 › Nom")]
    [InlineData("criteria[2].categories[10].label", "Critères n° 3 › Catégories n° 11 › Libellé")]
    [InlineData("drawId", "Identifiant du tirage")]
    [InlineData("body", "Contenu")]
    [InlineData("inconnu", "inconnu")]
    public void A_diff_path_reads_in_words(string path, string expected) =>
        Assert.Equal(expected, factory.Services.GetRequiredService<FieldLabels>().ForPath(path));

    [Fact]
    public void Two_modules_cannot_label_one_field_differently()
    {
        FieldLabelSet first = new(new Dictionary<string, string> { ["title"] = "Titre" }, []);
        FieldLabelSet second = new(new Dictionary<string, string> { ["title"] = "Intitulé" }, []);

        var error = Assert.Throws<InvalidOperationException>(() => new FieldLabels([first, second]));

        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_text_is_long_only_where_a_module_says_so()
    {
        var labels = factory.Services.GetRequiredService<FieldLabels>();

        Assert.True(labels.IsLongText("motivation"));
        Assert.True(labels.IsLongText("body"));
        Assert.False(labels.IsLongText("title"));
    }
}
