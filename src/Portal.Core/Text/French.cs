using System.Globalization;

namespace Portal.Core.Text;

/// <summary>French formatting of dates and numbers for public pages, whatever the server's culture.</summary>
public static class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTime utc) => DateOnly.FromDateTime(utc).ToString("d MMMM yyyy", Culture);

    /// <summary>« 12 mars 2026 à 14 h 30 », in Paris time.</summary>
    public static string DateTime(DateTime utc) => ToParis(utc).ToString("d MMMM yyyy 'à' H' h 'mm", Culture);

    /// <summary>The date in Paris of a stored UTC instant (a publication late in the evening is still that day).</summary>
    public static string ParisDate(DateTime utc) => Date(DateOnly.FromDateTime(ToParis(utc)));

    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>A stored UTC instant (whatever its Kind after a database round trip) as Paris wall-clock time.</summary>
    public static DateTime ToParis(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    public static string Number(int value) => value.ToString("N0", Culture);

    /// <summary>
    /// A count and its noun agreed in French: singular for 0 and 1 (« 0 proposition », « 1 réponse motivée »), plural
    /// from 2 (« 1 236 propositions »), never « proposition(s) ».
    /// </summary>
    public static string Count(int value, string singular, string plural) =>
        $"{Number(value)} {(value is >= -1 and <= 1 ? singular : plural)}";

    /// <summary>A message with its numbers formatted in French (« 20 000 »).</summary>
    public static string Say(FormattableString message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ToString(Culture);
    }

    /// <summary>A file size as French readers write it: « 1,2 Mo », « 850 ko », « 1,5 ko », « 312 octets » (multiples of 1 024).</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024d)).ToString("0.#", Culture) + " Mo",
        >= 10 * 1024 => (bytes / 1024d).ToString("0", Culture) + " ko",
        >= 1024 => (bytes / 1024d).ToString("0.#", Culture) + " ko",
        _ => Count((int)Math.Max(bytes, 0), "octet", "octets"),
    };

    public static string Percent(decimal value) => value.ToString("0.#", Culture) + " %";

    /// <summary>« du 1 mars 2021 au 30 novembre 2021 », or « depuis le … » when open-ended.</summary>
    public static string Period(DateOnly start, DateOnly? end) =>
        end is null ? $"depuis le {Date(start)}" : $"du {Date(start)} au {Date(end.Value)}";
}
