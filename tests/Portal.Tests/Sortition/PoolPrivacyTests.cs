using System.Globalization;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>
/// Privacy by construction at the pool import: the encoding is detected, only declared columns become
/// public, contact-looking ones are private by default, identifiers and identifying columns are refused.
/// </summary>
public sealed class PoolPrivacyTests
{
    static PoolPrivacyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] FrenchExcel(string csv) => Encoding.GetEncoding(1252).GetBytes(csv);

    private static string Pool(int size, string header = "id;prénom;téléphone;canton;genre", Func<int, string>? first = null)
    {
        var csv = new StringBuilder(header + "\r\n");
        for (var i = 0; i < size; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{first?.Invoke(i) ?? (1000 + i).ToString(CultureInfo.InvariantCulture)};{(i % 2 == 0 ? "Hélène" : "Gérard")};06 12 34 {i / 100 % 100:D2} {i % 100:D2};{SyntheticPools.Cantons[i % 5]};{SyntheticPools.Genders[i % 2]}\r\n");
        }

        return csv.ToString();
    }

    [Fact]
    public void Windows_1252_pool_keeps_prenom_and_telephone_private()
    {
        var file = FrenchExcel(Pool(60));

        var preview = PoolImport.Preview(file);
        var imported = PoolImport.Read(file, null);

        Assert.Equal(["id", "prénom", "téléphone", "canton", "genre"], preview.Header);
        Assert.Equal(["canton", "genre"], preview.DefaultPublic);
        Assert.Equal(["canton", "genre"], imported.Pool.Features);
        var canonical = imported.Pool.ToCsv();
        Assert.DoesNotContain("Hélène", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("06 12", canonical, StringComparison.Ordinal);
        Assert.All(imported.ContactsById.Values, c => Assert.Equal(["id", "prénom", "téléphone"], c.Keys.Order(StringComparer.Ordinal).ToArray()));
        Assert.Contains(imported.ContactsById.Values, c => c["prénom"] == "Hélène");
    }

    [Fact]
    public void Id_column_is_refused_as_public_and_so_are_phone_numbers_and_identifying_columns()
    {
        var file = FrenchExcel(Pool(60));
        var preview = PoolImport.Preview(file);

        var id = Assert.Throws<FormatException>(() => PoolImport.Read(file, ["id", "canton", "genre"]));
        var phone = Assert.Throws<FormatException>(() => PoolImport.Read(file, ["téléphone", "canton"]));

        Assert.Contains("La colonne « id » ne peut pas être publique : c'est un identifiant", id.Message, StringComparison.Ordinal);
        Assert.Contains("La colonne « téléphone » ne peut pas être publique : ses valeurs sont des numéros de téléphone", phone.Message, StringComparison.Ordinal);
        Assert.False(preview.Columns.Single(c => c.Name == "id").CanBePublic);

        // A column named innocently but nearly all distinct (a house number, a timestamp…) would single people out.
        var stamped = Encoding.UTF8.GetBytes(Pool(60, "horodatage;prénom;téléphone;canton;genre", i => $"2026-11-0{1 + (i % 9)} 10:{i:D2}"));
        var identifying = Assert.Throws<FormatException>(() => PoolImport.Read(stamped, ["horodatage", "canton"]));
        Assert.Contains("presque toutes différentes", identifying.Message, StringComparison.Ordinal);

        // A first name declared public on purpose is the operator's choice; by default it stays private.
        Assert.True(preview.Columns.Single(c => c.Name == "prénom").CanBePublic);
        Assert.False(preview.Columns.Single(c => c.Name == "prénom").PublicByDefault);
    }

    [Fact]
    public void Utf8_with_bom_reads_the_same_and_undecodable_bytes_are_refused()
    {
        var text = Pool(30);
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var undecodable = FrenchExcel(text);
        undecodable[40] = 0x81;

        Assert.Equal(PoolImport.Preview(FrenchExcel(text)).Header, PoolImport.Preview(withBom).Header);
        var refused = Assert.Throws<FormatException>(() => PoolImport.Preview(undecodable));
        Assert.Contains("n'est lisible ni en UTF-8 ni en Windows-1252", refused.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PoolImport.Preview(Encoding.Unicode.GetBytes(text)));
    }

    [Fact]
    public void Preview_counts_volunteers_unique_on_public_features_and_asks_to_coarsen()
    {
        var csv = new StringBuilder("nom,canton,genre,âge\n");
        for (var i = 0; i < 200; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Nom{i},{SyntheticPools.Cantons[i % 3]},{SyntheticPools.Genders[i % 2]},{18 + (i % 70)}\n");
        }

        var preview = PoolImport.Preview(Encoding.UTF8.GetBytes(csv.ToString()));

        Assert.Equal(0, preview.UniqueVolunteers(["canton", "genre"]));
        Assert.Null(preview.RiskWarning(["canton", "genre"]));
        Assert.True(preview.UniqueVolunteers(["canton", "genre", "âge"]) > 100);
        Assert.Contains("Regroupez les valeurs d'un critère", preview.RiskWarning(["canton", "genre", "âge"]), StringComparison.Ordinal);
    }
}
