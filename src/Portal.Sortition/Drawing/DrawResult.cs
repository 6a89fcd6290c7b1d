using System.Globalization;
using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>One drawn person: rank within their role (1-based), pseudonymous ID, and the stratum (cell) they fill.</summary>
public sealed record DrawnPerson(int Rank, string Id, string Stratum);

/// <summary>
/// The draw's outcome: members, then substitutes in the order they are called. <see cref="ToCsv"/> is
/// the published form, compared byte for byte by the verification.
/// </summary>
public sealed record DrawResult(IReadOnlyList<DrawnPerson> Members, IReadOnlyList<DrawnPerson> Substitutes)
{
    public const string MemberRole = "titulaire";
    public const string SubstituteRole = "suppleant";

    /// <summary>Header <c>statut,rang,id,strate</c>, members first; UTF-8 without BOM, LF line ends.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder("statut,rang,id,strate\n");
        Append(text, MemberRole, Members);
        Append(text, SubstituteRole, Substitutes);
        return text.ToString();
    }

    public byte[] ToBytes() => Hashes.Utf8.GetBytes(ToCsv());

    public static DrawResult FromCsv(string csv)
    {
        var rows = Csv.Parse(csv, ',').Skip(1).ToList();
        DrawnPerson Person(List<string> r) => new(int.Parse(r[1], CultureInfo.InvariantCulture), r[2], r.Count > 3 ? r[3] : string.Empty);
        return new DrawResult(
            rows.Where(r => r[0] == MemberRole).Select(Person).ToList(),
            rows.Where(r => r[0] == SubstituteRole).Select(Person).ToList());
    }

    private static void Append(StringBuilder text, string role, IEnumerable<DrawnPerson> people)
    {
        foreach (var p in people)
        {
            text.Append(role).Append(',').Append(p.Rank.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Csv.Field(p.Id)).Append(',').Append(Csv.Field(p.Stratum)).Append('\n');
        }
    }
}
