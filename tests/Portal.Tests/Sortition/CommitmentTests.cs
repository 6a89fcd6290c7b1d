using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>The canonical forms and the commitment: any change to what was committed shows in the hash.</summary>
public sealed class CommitmentTests
{
    private static readonly DateTime Date = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void One_byte_changed_in_the_pool_changes_the_commitment_hash()
    {
        var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(300, seed: 1));
        var bytes = pool.ToBytes();
        var changed = (byte[])bytes.Clone();
        changed[^2] ^= 0x01;
        var quotasHash = "0".PadLeft(64, '0');

        var original = new Commitment(CellDraw.Algorithm, Hashes.Sha256Hex(bytes), quotasHash, "Euromillions du 1er décembre 2026", Date);
        var tampered = original with { PoolHash = Hashes.Sha256Hex(changed) };

        Assert.NotEqual(original.PoolHash, tampered.PoolHash);
        Assert.NotEqual(original.Hash, tampered.Hash);
        Assert.NotEqual(Convert.ToHexString(original.Seed("12 24 33 41 47 ★ 3 9")), Convert.ToHexString(tampered.Seed("12 24 33 41 47 ★ 3 9")));
    }

    [Fact]
    public void Canonical_pool_sorts_features_and_ids_normalises_values_and_quotes_only_when_needed()
    {
        var pool = new Pool(["genre", "canton"],
        [
            new Volunteer("BBBB", new Dictionary<string, string> { ["genre"] = "homme", ["canton"] = " Toulouse, centre " }),
            new Volunteer("AAAA", new Dictionary<string, string> { ["genre"] = "femme", ["canton"] = "Bagne\u0300res" }),
        ]);

        Assert.Equal("id,canton,genre\nAAAA,Bagnères,femme\nBBBB,\"Toulouse, centre\",homme\n", pool.ToCsv());
        Assert.Equal("Bagn\u00e8res", pool.Volunteers[0].Features["canton"]);
        Assert.Equal(pool.ToCsv(), Pool.FromCsv(pool.ToCsv()).ToCsv());
        Assert.DoesNotContain((byte)0xEF, pool.ToBytes().Take(1));
    }

    [Fact]
    public void Contact_columns_never_reach_the_canonical_pool()
    {
        var csv = SyntheticPools.HauteGaronne(200, seed: 2);

        var imported = PoolImport.Read(csv, PoolImport.DefaultContactColumns);

        var canonical = imported.Pool.ToCsv();
        // Canonical order is UTF-8 byte order: upper case sorts before lower case.
        Assert.Equal(["CSP", "canton", "diplôme", "genre", "tranche d'âge"], imported.Pool.Features);
        Assert.DoesNotContain("prive.example", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupont-Secret", canonical, StringComparison.Ordinal);
        Assert.Equal(SyntheticPools.PrivateEmail(0), imported.ContactsById.Values.Select(c => c["email"]).Order(StringComparer.Ordinal).First());
        Assert.All(imported.Pool.Volunteers, v => Assert.Matches("^[A-Z2-7]{10}$", v.Id));
    }

    [Fact]
    public void Commitment_text_round_trips_and_seed_follows_the_documented_formula()
    {
        var commitment = new Commitment(CellDraw.Algorithm, new string('a', 64), new string('b', 64), "dés lancés devant le comité de garants", Date);

        var text = commitment.ToText();

        Assert.Equal(commitment, Commitment.Parse(text));
        Assert.EndsWith("date: 2026-11-23T09:00:00Z\n", text, StringComparison.Ordinal);
        var expected = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(commitment.Hash + "4 2 6"));
        Assert.Equal(expected, commitment.Seed("  4 2 6\n"));
    }

    [Fact]
    public void Quotas_json_is_the_same_whatever_order_the_operator_wrote()
    {
        const string a = """{"mode":"minmax","panelSize":10,"substitutes":2,"quotas":[{"feature":"genre","value":"homme","min":4,"max":6},{"feature":"genre","value":"femme","min":4,"max":6}]}""";
        const string b = """{"quotas":[{"feature":"genre","value":"femme","min":4,"max":6},{"max":6,"min":4,"value":"homme","feature":"genre"}],"panelSize":10,"mode":"minmax","substitutes":2}""";

        Assert.Equal(QuotasJson.Hash(QuotasJson.Parse(a)), QuotasJson.Hash(QuotasJson.Parse(b)));
        Assert.Equal("""{"version":1,"mode":"minmax","panelSize":10,"substitutes":2,"quotas":[{"feature":"genre","value":"femme","min":4,"max":6},{"feature":"genre","value":"homme","min":4,"max":6}]}""",
            Encoding.UTF8.GetString(QuotasJson.ToBytes(QuotasJson.Parse(a))));
    }
}
