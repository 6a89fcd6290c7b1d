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

    /// <summary>How many of the 1,000 tickets name each volunteer of the pool (zero for those on no panel).</summary>
    public Dictionary<string, int> VolunteerTickets(Pool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var tickets = pool.Volunteers.ToDictionary(v => v.Id, _ => 0, StringComparer.Ordinal);
        foreach (var panel in Panels)
        {
            foreach (var id in panel.Ids)
            {
                tickets[id] = tickets.GetValueOrDefault(id) + panel.Tickets;
            }
        }

        return tickets;
    }

    /// <summary>
    /// <c>probabilites.csv</c>: header <c>id,billets,probabilite</c>, one row per volunteer of the pool in
    /// pool order, their tickets and tickets / 1,000 with three decimals; UTF-8 without BOM, LF line ends.
    /// </summary>
    public byte[] ProbabilitiesCsv(Pool pool)
    {
        var text = new StringBuilder("id,billets,probabilite\n");
        foreach (var (id, tickets) in VolunteerTickets(pool))
        {
            text.Append(Csv.Field(id)).Append(',').Append(tickets.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append((tickets / (decimal)TotalTickets).ToString("0.000", CultureInfo.InvariantCulture)).Append('\n');
        }

        return Hashes.Utf8.GetBytes(text.ToString());
    }

    public static LotteryTable FromCsv(string csv) =>
        new(Csv.Parse(csv, ',').Skip(1).Select(r => new LotteryPanel(int.Parse(r[0], CultureInfo.InvariantCulture), r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
