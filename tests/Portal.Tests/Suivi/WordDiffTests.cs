using Portal.Processes.Public;

namespace Portal.Tests.Suivi;

/// <summary>The word diff of the public history: what was kept, deleted and inserted, word by word.</summary>
public sealed class WordDiffTests
{
    private static string Show(IReadOnlyList<DiffSegment> segments) => string.Concat(segments.Select(s => s.Kind switch
    {
        DiffKind.Deleted => $"[-{s.Text}-]",
        DiffKind.Inserted => $"{{+{s.Text}+}}",
        _ => s.Text,
    }));

    [Fact]
    public void An_inserted_word_is_the_only_change() =>
        Assert.Equal("Le conseil a voté {+à l'unanimité +}le budget.", Show(WordDiff.Compare("Le conseil a voté le budget.", "Le conseil a voté à l'unanimité le budget.")));

    [Fact]
    public void A_deleted_word_is_the_only_change() =>
        Assert.Equal("Le conseil a [-déjà -]voté le budget.", Show(WordDiff.Compare("Le conseil a déjà voté le budget.", "Le conseil a voté le budget.")));

    [Fact]
    public void Replaced_neighbouring_words_read_as_one_deletion_then_one_insertion() =>
        Assert.Equal("Une [-petite ligne-]{+grande enveloppe+} budgétaire.", Show(WordDiff.Compare("Une petite ligne budgétaire.", "Une grande enveloppe budgétaire.")));

    [Fact]
    public void Identical_texts_are_one_kept_segment()
    {
        var segments = WordDiff.Compare("Rien n'a changé.", "Rien n'a changé.");

        Assert.Equal([new DiffSegment(DiffKind.Same, "Rien n'a changé.")], segments);
    }

    [Fact]
    public void An_empty_side_is_all_inserted_or_all_deleted()
    {
        Assert.Empty(WordDiff.Compare("", null));
        Assert.Equal([new DiffSegment(DiffKind.Inserted, "Texte nouveau")], WordDiff.Compare(null, "Texte nouveau"));
        Assert.Equal([new DiffSegment(DiffKind.Deleted, "Texte retiré")], WordDiff.Compare("Texte retiré", ""));
    }

    [Fact]
    public void Accents_count_and_are_compared_in_one_normal_form()
    {
        Assert.Equal("[-eleve-]{+élève+} inscrit", Show(WordDiff.Compare("eleve inscrit", "élève inscrit")));
        Assert.Equal([new DiffSegment(DiffKind.Same, "élève")], WordDiff.Compare("e\u0301le\u0300ve", "élève"));
    }

    [Fact]
    public void Punctuation_changes_alone_without_its_word()
    {
        var segments = WordDiff.Compare("Voté en 2024, engagé.", "Voté en 2024 ; engagé !");

        Assert.DoesNotContain(segments, s => s.Kind != DiffKind.Same && s.Text.Any(char.IsLetterOrDigit));
        Assert.StartsWith("Voté en 2024", segments[0].Text, StringComparison.Ordinal);
        Assert.Contains(segments, s => s.Kind == DiffKind.Same && s.Text.Contains("engagé", StringComparison.Ordinal));
        Assert.Equal("Voté en 2024 ; engagé !", string.Concat(segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
    }

    [Fact]
    public void Both_texts_come_back_from_the_segments_of_a_long_rewrite()
    {
        // Two 5,000-word texts differing everywhere: past the bound, the middle is replaced whole, and nothing is lost.
        var words = Enumerable.Range(0, 5000).Select(i => $"mot{i}").ToList();
        var before = string.Join(' ', words);
        var after = string.Join(' ', words.Select((w, i) => i % 3 == 0 ? w.ToUpperInvariant() : w));
        var small = string.Join(' ', words.Select((w, i) => i == 2500 ? "changé" : w));

        foreach (var other in new[] { after, small })
        {
            var segments = WordDiff.Compare(before, other);
            Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)));
            Assert.Equal(other, string.Concat(segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
        }

        Assert.Equal([DiffKind.Same, DiffKind.Deleted, DiffKind.Inserted, DiffKind.Same], WordDiff.Compare(before, small).Select(s => s.Kind));
    }
}
