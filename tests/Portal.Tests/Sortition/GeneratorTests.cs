using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>The generator is pinned word for word: a third party re-implementing it must get these numbers.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public void Words_are_sha256_counter_blocks_read_big_endian()
    {
        // Computed independently (Python hashlib): block i = SHA-256(SHA-256("portal") ‖ uint64be(i)).
        var generator = new HashCounterGenerator(SHA256.HashData(Encoding.UTF8.GetBytes("portal")));

        var words = Enumerable.Range(0, 9).Select(_ => generator.NextWord()).ToArray();

        Assert.Equal([2574387639u, 2858100678u, 4059973953u, 1606640997u, 60589521u, 104529435u, 2594336070u, 2480460101u, 4109260590u], words);
    }

    [Fact]
    public void Integers_below_n_stay_in_range_and_cover_it()
    {
        var generator = SyntheticPools.Generator(1);
        var seen = new int[7];
        for (var k = 0; k < 7000; k++)
        {
            seen[generator.NextBelow(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 800, 1200));
    }

    [Fact]
    public void Rejection_sampling_discards_words_at_or_above_the_last_full_multiple()
    {
        // n = 1.5e9: words ≥ 3e9 (about 30 %) are rejected, so 1,000 integers need clearly more than 1,000 words.
        var generator = SyntheticPools.Generator(2);
        for (var k = 0; k < 1000; k++)
        {
            Assert.InRange(generator.NextBelow(1_500_000_000), 0, 1_499_999_999);
        }

        Assert.InRange(generator.WordsUsed, 1300, 1560);
    }

    [Fact]
    public void Shuffle_is_a_permutation_fixed_by_the_seed()
    {
        var first = Enumerable.Range(0, 50).ToList();
        var second = Enumerable.Range(0, 50).ToList();

        SyntheticPools.Generator(3).Shuffle(first);
        SyntheticPools.Generator(3).Shuffle(second);

        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, 50), first.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), first);
    }
}
