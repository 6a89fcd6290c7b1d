using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>
/// docs/sortition.md is the specification: the JSON escaping, the normalisation of the public randomness
/// and the white-space set it states are exactly what the code does, including non-ASCII spaces.
/// </summary>
public sealed partial class CanonicalTextTests
{
    private static readonly string[] TrimmedBands = ["18\u00A0–\u00A044 ans", "45 ans et plus"];

    /// <summary>The documented rule, implemented independently: escape only ", \ and characters below U+0020.</summary>
    private static string DocumentedQuote(string value) =>
        "\"" + string.Concat(value.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            _ => c.ToString(),
        })) + "\"";

    [Fact]
    public void Nbsp_and_narrow_nbsp_in_criteria_values_replay_from_the_documented_rule()
    {
        // Values as a French spreadsheet writes them: « 18 – 44 ans » with U+00A0, « Saint Gaudens » with U+202F, and trailing spaces trimmed.
        var csv = new StringBuilder("nom,canton,tranche\n");
        string[] cantons = ["Saint\u202FGaudens", "Toulouse\u00A01", "Muret \"centre\""];
        string[] bands = ["18\u00A0–\u00A044 ans", "45 ans et plus\u00A0"];
        var n = 0;
        foreach (var canton in cantons)
        {
            foreach (var band in bands)
            {
                for (var k = 0; k < 3; k++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"Secret{n++},\"{canton.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{band}\n");
                }
            }
        }

        var kit = DrawFixtures.Kit(csv.ToString(), """{"mode":"cellules","panelSize":6,"substitutesPerMember":1,"cellFeatures":["canton","tranche"],"membersPerCell":1}""", "5 12 23");
        var expected = """{"version":1,"mode":"cellules","panelSize":6,"substitutesPerMember":1,"cellFeatures":["canton","tranche"],"cells":["""
            + string.Join(',', cantons.Order(StringComparer.Ordinal).SelectMany(c => TrimmedBands.Select(b => (c, b)))
                .OrderBy(p => p.c + "\u001F" + p.b, StringComparer.Ordinal)
                .Select(p => $$"""{"values":[{{DocumentedQuote(p.c)}},{{DocumentedQuote(p.b)}}],"members":1}"""))
            + "]}";

        Assert.Equal(expected, Encoding.UTF8.GetString(kit.Quotas));
        Assert.Contains("Saint\u202FGaudens", Encoding.UTF8.GetString(kit.Quotas), StringComparison.Ordinal);
        Assert.Contains("\"Muret \\\"centre\\\"\"", Encoding.UTF8.GetString(kit.Quotas), StringComparison.Ordinal);
        Assert.True(KitVerifier.Verify(kit).Success);
    }

    [Fact]
    public void Control_characters_are_escaped_as_documented()
    {
        Assert.Equal(DocumentedQuote("a\u0001b\tc\u001Fd\u007F\u00A0"), QuotasJson.Quote("a\u0001b\tc\u001Fd\u007F\u00A0"));
        Assert.Equal("\"a\\u0001b\\tc\\u001fd\u007F\u00A0\"", QuotasJson.Quote("a\u0001b\tc\u001Fd\u007F\u00A0"));
    }

    [Fact]
    public void Public_randomness_is_normalised_as_documented()
    {
        Assert.Equal("5\u00A012 23 é", Commitment.NormaliseRandomness("\u3000 5\u00A012 \r\n\r\n 23\u202F\u2028\n e\u0301 "));
        Assert.Equal("a\tb  c", Commitment.NormaliseRandomness("a\tb  c"));
    }

    [Fact]
    public void White_space_set_in_the_docs_is_exactly_what_is_trimmed()
    {
        var line = File.ReadLines(Docs()).Single(l => l.StartsWith("**White space**", StringComparison.Ordinal));
        var documented = new SortedSet<int>();
        foreach (Match m in CodePoint().Matches(line))
        {
            var from = int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) : from;
            for (var c = from; c <= to; c++)
            {
                documented.Add(c);
            }
        }

        var trimmed = new SortedSet<int>(Enumerable.Range(0, 0xD800).Where(c => Commitment.NormaliseRandomness((char)c + "x") == "x" && Pool.Normalise((char)c + "x") == "x"));

        Assert.Equal(documented, trimmed);
    }

    private static string Docs()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "sortition.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/sortition.md");
    }

    [GeneratedRegex("U\\+([0-9A-F]{4})(?:–U\\+([0-9A-F]{4}))?")]
    private static partial Regex CodePoint();
}
