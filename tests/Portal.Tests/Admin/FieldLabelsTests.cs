using Portal.Admin.Forms;

namespace Portal.Tests.Admin;

/// <summary>Diff rows name fields in French words, list items by their rank.</summary>
public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("title", "Titre")]
    [InlineData("calendar[0].name", "Calendrier n° 1 › Nom")]
    [InlineData("criteria[2].categories[10].label", "Critères n° 3 › Catégories n° 11 › Libellé")]
    [InlineData("inconnu", "inconnu")]
    public void A_diff_path_reads_in_words(string path, string expected) => Assert.Equal(expected, FieldLabels.ForPath(path));
}
