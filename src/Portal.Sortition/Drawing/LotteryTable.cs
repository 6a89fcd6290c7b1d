using System.Globalization;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>One committed panel and its number of lottery tickets; <see cref="Ids"/> sorted in UTF-8 byte order.</summary>
public sealed record LotteryPanel(int Tickets, IReadOnlyList<string> Ids)
{
    public string Key => string.Join(' ', Ids);
}

/// <summary>
/// The ticket table of a fair draw (maximin or LEXIMIN), computed before the seed and committed: panels
/// with a positive number of tickets, 1,000 in all. Canonical form (<c>panels.csv</c>): header
/// <c>billets,membres</c>, one row per panel with its tickets and its member IDs joined by single spaces,
/// rows sorted by that member list in UTF-8 byte order; UTF-8 without BOM, LF line ends.
/// </summary>
public sealed class LotteryTable
{
    public const int TotalTickets = 1000;

    public LotteryTable(IEnumerable<LotteryPanel> panels) =>
        Panels = panels.Where(p => p.Tickets > 0)
            .Select(p => p with { Ids = p.Ids.Order(Utf8Ordinal.Instance).ToList() })
            .OrderBy(p => p.Key, Utf8Ordinal.Instance)
            .ToList();

    public IReadOnlyList<LotteryPanel> Panels { get; }

    public string ToCsv()
    {
        var text = new StringBuilder("billets,membres\n");
        foreach (var panel in Panels)
        {
            text.Append(panel.Tickets.ToString(CultureInfo.InvariantCulture)).Append(',').Append(panel.Key).Append('\n');
        }

        return text.ToString();
    }

    public byte[] ToBytes() => Hashes.Utf8.GetBytes(ToCsv());

    public static LotteryTable FromCsv(string csv) =>
        new(Csv.Parse(csv, ',').Skip(1).Select(r => new LotteryPanel(int.Parse(r[0], CultureInfo.InvariantCulture), r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
