using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Portal.Sortition.Drawing;

/// <summary>
/// The draw's only source of randomness: SHA-256 in counter mode. Block i is SHA-256(seed ‖ i as
/// 8 bytes big-endian), i = 0, 1, 2…; each block gives eight 32-bit big-endian words, used in order.
/// It depends on nothing but SHA-256, so any language replays it bit for bit (never System.Random).
/// </summary>
public sealed class HashCounterGenerator
{
    private readonly byte[] _seed;
    private readonly byte[] _block = new byte[32];
    private ulong _counter;
    private int _position = 32;

    public HashCounterGenerator(ReadOnlySpan<byte> seed) => _seed = seed.ToArray();

    /// <summary>How many 32-bit words have been consumed: lets tests and the docs pin the stream.</summary>
    public long WordsUsed { get; private set; }

    public uint NextWord()
    {
        if (_position == 32)
        {
            var input = new byte[_seed.Length + 8];
            _seed.CopyTo(input, 0);
            BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(_seed.Length), _counter++);
            SHA256.HashData(input, _block);
            _position = 0;
        }

        var word = BinaryPrimitives.ReadUInt32BigEndian(_block.AsSpan(_position, 4));
        _position += 4;
        WordsUsed++;
        return word;
    }

    /// <summary>
    /// A uniform integer in [0, n) by rejection sampling: words at or above the largest multiple of n
    /// below 2^32 are discarded, so no value is favoured. Always consumes at least one word, even for n = 1.
    /// </summary>
    public int NextBelow(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        const ulong range = 1UL << 32;
        var limit = range - (range % (ulong)n);
        while (true)
        {
            ulong word = NextWord();
            if (word < limit)
            {
                return (int)(word % (ulong)n);
            }
        }
    }

    /// <summary>
    /// Fisher–Yates (Durstenfeld) in place: for i from Count−1 down to 1, swap item i with item
    /// NextBelow(i + 1). The input order must already be canonical.
    /// </summary>
    public void Shuffle<T>(IList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = items.Count - 1; i >= 1; i--)
        {
            var j = NextBelow(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
