using System.Text;

namespace Portal.Processes.Public;

/// <summary>What happened to a run of text between two versions.</summary>
public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of text kept, deleted or inserted.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level comparison of two texts (Myers' O(ND) algorithm over words, spaces and punctuation marks): the common
/// beginning and end are set aside first, then at most <see cref="MaxEdits"/> edits are searched, so that two versions
/// of a long text (5,000 words) compare in milliseconds; beyond that bound the differing middle is shown as replaced
/// whole. Texts are compared in Unicode normal form C, so an accent typed either way is the same letter.
/// </summary>
public static class WordDiff
{
    /// <summary>The most word edits searched before the differing middle is shown as deleted then inserted whole.</summary>
    public const int MaxEdits = 1000;

    public static IReadOnlyList<DiffSegment> Compare(string? before, string? after)
    {
        var a = Tokenize(before);
        var b = Tokenize(after);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var ops = new List<(DiffKind Kind, string Token)>(a.Count + b.Count);
        ops.AddRange(a.Take(prefix).Select(t => (DiffKind.Same, t)));
        var oldMiddle = a.Skip(prefix).Take(a.Count - prefix - suffix).ToList();
        var newMiddle = b.Skip(prefix).Take(b.Count - prefix - suffix).ToList();
        ops.AddRange(Middle(oldMiddle, newMiddle));
        ops.AddRange(a.Skip(a.Count - suffix).Select(t => (DiffKind.Same, t)));
        return Group(ops);
    }

    /// <summary>Words (letters, digits and their accents), runs of white space, and every other character alone.</summary>
    internal static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var normal = text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var start = 0;
        while (start < normal.Length)
        {
            var kind = KindOf(normal[start]);
            var end = start + 1;
            while (kind != 0 && end < normal.Length && KindOf(normal[end]) == kind)
            {
                end++;
            }

            tokens.Add(normal[start..end]);
            start = end;
        }

        return tokens;
    }

    // 1: part of a word; 2: white space; 0: a mark that stands alone.
    private static int KindOf(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark ? 1
        : char.IsWhiteSpace(c) ? 2 : 0;

    private static IEnumerable<(DiffKind, string)> Middle(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Select(t => (DiffKind.Deleted, t)).Concat(b.Select(t => (DiffKind.Inserted, t)));
        }

        // Tokens become numbers, so that the search compares integers.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string t) => numbers.TryGetValue(t, out var n) ? n : numbers[t] = numbers.Count;
        var x = a.Select(Number).ToArray();
        var y = b.Select(Number).ToArray();
        return Myers(x, y) is { } path
            ? path.Select(step => (step.Kind, step.Kind == DiffKind.Inserted ? b[step.Index] : a[step.Index]))
            : a.Select(t => (DiffKind.Deleted, t)).Concat(b.Select(t => (DiffKind.Inserted, t)));
    }

    /// <summary>The shortest edit script, each step naming a token of the old text (kept or deleted) or of the new one (inserted); null past the bound.</summary>
    private static List<(DiffKind Kind, int Index)>? Myers(int[] a, int[] b)
    {
        int n = a.Length, m = b.Length;
        var bound = Math.Min(n + m, MaxEdits);
        var trace = new List<int[]>();
        var previous = Array.Empty<int>();
        for (var d = 0; d <= bound; d++)
        {
            // furthest[k + d]: the furthest x reached on diagonal k (= x - y) with d edits.
            var furthest = new int[(2 * d) + 1];
            for (var k = -d; k <= d; k += 2)
            {
                var x = d == 0 ? 0 : Down(previous, d - 1, k) ? previous[k + 1 + d - 1] : previous[k - 1 + d - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    (x, y) = (x + 1, y + 1);
                }

                furthest[k + d] = x;
                if (x >= n && y >= m)
                {
                    trace.Add(furthest);
                    return Backtrack(trace, a, b);
                }
            }

            trace.Add(furthest);
            previous = furthest;
        }

        return null;
    }

    /// <summary>Whether diagonal <paramref name="k"/> is best reached from diagonal k + 1 (an insertion) rather than k - 1 (a deletion).</summary>
    private static bool Down(int[] previous, int previousD, int k) =>
        k == -(previousD + 1) || (k != previousD + 1 && previous[k - 1 + previousD] < previous[k + 1 + previousD]);

    private static List<(DiffKind Kind, int Index)> Backtrack(List<int[]> trace, int[] a, int[] b)
    {
        var steps = new List<(DiffKind, int)>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var previous = trace[d - 1];
            var k = x - y;
            var down = Down(previous, d - 1, k);
            var previousK = down ? k + 1 : k - 1;
            var previousX = previous[previousK + d - 1];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                (x, y) = (x - 1, y - 1);
                steps.Add((DiffKind.Same, x));
            }

            if (down)
            {
                steps.Add((DiffKind.Inserted, y - 1));
            }
            else
            {
                steps.Add((DiffKind.Deleted, x - 1));
            }

            (x, y) = (previousX, previousY);
        }

        while (x > 0)
        {
            x--;
            steps.Add((DiffKind.Same, x));
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>
    /// Runs of one kind, each stretch of changes written as its deleted words then its inserted ones. White space kept
    /// between two changes joins them (« <del>un petit</del> <ins>une grande</ins> » rather than word by word).
    /// </summary>
    private static List<DiffSegment> Group(List<(DiffKind Kind, string Token)> ops)
    {
        var segments = new List<DiffSegment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var same = new StringBuilder();
        var changed = false;
        void Flush()
        {
            if (deleted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                segments.Add(new DiffSegment(DiffKind.Inserted, inserted.ToString()));
            }

            deleted.Clear();
            inserted.Clear();
        }

        for (var i = 0; i < ops.Count; i++)
        {
            var (kind, token) = ops[i];
            var joins = kind == DiffKind.Same && changed && string.IsNullOrWhiteSpace(token) && i + 1 < ops.Count && ops[i + 1].Kind != DiffKind.Same;
            if (kind == DiffKind.Same && !joins)
            {
                Flush();
                changed = false;
                same.Append(token);
                continue;
            }

            if (same.Length > 0)
            {
                segments.Add(new DiffSegment(DiffKind.Same, same.ToString()));
                same.Clear();
            }

            changed = true;
            if (kind != DiffKind.Inserted)
            {
                deleted.Append(token);
            }

            if (kind != DiffKind.Deleted)
            {
                inserted.Append(token);
            }
        }

        Flush();
        if (same.Length > 0)
        {
            segments.Add(new DiffSegment(DiffKind.Same, same.ToString()));
        }

        return segments;
    }
}
