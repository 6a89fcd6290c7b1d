using System.IO.Compression;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>
/// « vérifié » only against what was published: a consistent forgery is refused with the published hash;
/// without it the verifier says what to compare; malformed kits give a French ÉCHEC line, never an exception.
/// </summary>
public sealed class PublishedCommitmentTests
{
    private static readonly DateTime Date = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Consistent_forgery_is_refused_against_the_published_commitment()
    {
        var genuine = DrawFixtures.Kit(SyntheticPools.HauteGaronne(400, seed: 71), DrawFixtures.HauteGaronneQuotas, "5 12 23 34 45 ★ 2 11");
        var published = new PublishedCommitment(Commitment.Parse(genuine.CommitmentText).Hash);

        // Re-importing the same people gives new pseudonymous IDs, so a new pool hash, commitment, seed and panel, all consistent.
        var forged = DrawFixtures.Kit(SyntheticPools.HauteGaronne(400, seed: 71), DrawFixtures.HauteGaronneQuotas, "5 12 23 34 45 ★ 2 11");
        Assert.True(KitVerifier.Verify(forged).Success);

        var refused = KitVerifier.Verify(forged, [published]);
        var verified = KitVerifier.Verify(genuine, [published]);

        Assert.False(refused.Success);
        Assert.False(refused.Verified);
        Assert.Contains(refused.Lines, l => l.StartsWith("ÉCHEC  l'empreinte de l'engagement du kit", StringComparison.Ordinal));
        Assert.Equal("Résultat : le tirage n'est PAS vérifié.", refused.Lines[^1]);
        Assert.True(verified.Verified, string.Join('\n', verified.Lines));
        Assert.Equal("Résultat : le tirage est vérifié.", verified.Lines[^1]);
    }

    [Fact]
    public void Without_the_published_commitment_the_verifier_says_what_to_compare_and_not_verified()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(400, seed: 72), DrawFixtures.HauteGaronneQuotas, "7");

        var outcome = KitVerifier.Verify(kit, null);

        Assert.True(outcome.Success);
        Assert.False(outcome.Verified);
        Assert.DoesNotContain(outcome.Lines, l => l.Contains("le tirage est vérifié", StringComparison.Ordinal));
        Assert.Contains(outcome.Lines, l => l.StartsWith("À FAIRE", StringComparison.Ordinal) && l.Contains(Commitment.Parse(kit.CommitmentText).Hash, StringComparison.Ordinal)
            && l.Contains("2026-11-23 09:00 UTC", StringComparison.Ordinal) && l.Contains("avant l'aléa public", StringComparison.Ordinal));
    }

    [Fact]
    public void Commitment_published_after_the_randomness_is_refused_from_the_page()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(400, seed: 73), DrawFixtures.HauteGaronneQuotas, "7");
        var hash = Commitment.Parse(kit.CommitmentText).Hash;
        var page = $"""<p>Empreinte <data class="tirage-engagement" value="{hash}" data-publie="2026-12-02T10:00:00Z" data-alea="2026-12-01T20:15:00Z"><code>{hash}</code></data></p>""";

        var published = PublishedCommitment.FromPage(page);
        var outcome = KitVerifier.Verify(kit, published);

        Assert.Equal(new PublishedCommitment(hash, new DateTime(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 20, 15, 0, DateTimeKind.Utc)), Assert.Single(published));
        Assert.False(outcome.Verified);
        Assert.Contains(outcome.Lines, l => l.StartsWith("ÉCHEC  l'engagement a été rendu public le 2026-12-02 10:00 UTC, pas avant l'aléa public", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_kits_give_a_french_echec_line_not_an_exception()
    {
        var kit = DrawFixtures.Kit(SyntheticPools.HauteGaronne(200, seed: 74, perCellMinimum: 2), DrawFixtures.HauteGaronneQuotas, "7");
        var zip = VerificationKit.Write(kit, Date);
        var published = new[] { new PublishedCommitment(Commitment.Parse(kit.CommitmentText).Hash) };

        var truncated = KitVerifier.VerifyFile(new MemoryStream(zip[..(zip.Length / 2)]), published);
        var missingQuotas = KitVerifier.VerifyFile(new MemoryStream(Without(zip, KitFiles.QuotasName)), published);
        var badJson = KitVerifier.VerifyFile(new MemoryStream(VerificationKit.Write(kit with { Quotas = Encoding.UTF8.GetBytes("{\"mode\":\"cellules\",") }, Date)), published);
        var duplicatedLine = KitVerifier.VerifyFile(new MemoryStream(VerificationKit.Write(kit with { CommitmentText = kit.CommitmentText + "date: 2026-11-24T09:00:00Z\n" }, Date)), published);

        foreach (var outcome in new[] { truncated, missingQuotas, badJson, duplicatedLine })
        {
            Assert.False(outcome.Success);
            Assert.Contains(outcome.Lines, l => l.StartsWith("ÉCHEC  ", StringComparison.Ordinal));
            Assert.Equal("Résultat : le tirage n'est PAS vérifié.", outcome.Lines[^1]);
        }

        Assert.Contains("Le kit ne contient pas quotas.json.", missingQuotas.Lines[0], StringComparison.Ordinal);
        Assert.Contains(badJson.Lines, l => l.StartsWith("ÉCHEC  le tirage n'a pas pu être rejoué", StringComparison.Ordinal));
    }

    private static byte[] Without(byte[] zip, string entryName)
    {
        using var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entryName)!.Delete();
        }

        return copy.ToArray();
    }
}
