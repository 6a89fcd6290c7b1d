using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Orders strings by their UTF-8 bytes, the order the reference description uses: any language can
/// reproduce it, unlike culture-aware sorting (and unlike UTF-16 ordinal for characters above U+FFFF).
/// </summary>
public sealed class Utf8Ordinal : IComparer<string>
{
    public static readonly Utf8Ordinal Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
    }
}
