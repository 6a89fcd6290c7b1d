using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>Quotas that cannot be met are refused before any draw, with a French explanation of what is missing.</summary>
public sealed class FeasibilityTests
{
    private static Pool SmallPool() => SyntheticPools.Import("""
        nom;canton;genre;âge
        A;Aspet;femme;18-44
        B;Aspet;femme;45+
        C;Aspet;homme;18-44
        D;Aspet;homme;18-44
        E;Revel;femme;18-44
        F;Revel;homme;45+
        """);

    [Fact]
    public void Cell_with_fewer_volunteers_than_members_and_substitutes_is_explained()
    {
        var pool = SmallPool();
        var quotas = QuotasJson.Parse("""{"mode":"cellules","panelSize":2,"substitutesPerMember":1,"cellFeatures":["canton","genre"],"cells":[{"values":["Aspet","femme"],"members":1},{"values":["Revel","femme"],"members":1}]}""");

        var report = Feasibility.Check(pool, quotas);

        Assert.False(report.IsFeasible);
        Assert.Equal(["Revel · femme : 1 volontaire pour 2 places (1 titulaire + 1 suppléant), il en manque 1."], report.Problems);
        Assert.Contains("3 volontaires dans aucune cellule à pourvoir : ils ne peuvent pas être tirés.", report.Warnings);
    }

    [Fact]
    public void Min_max_quotas_that_cannot_be_met_say_by_how_much()
    {
        var pool = SmallPool();
        var quotas = QuotasJson.Parse("""{"mode":"minmax","panelSize":4,"substitutes":0,"quotas":[{"feature":"genre","value":"femme","min":4,"max":4},{"feature":"genre","value":"homme","min":0,"max":0},{"feature":"canton","value":"Aspet","min":1,"max":4},{"feature":"canton","value":"Revel","min":0,"max":4}]}""");

        var report = Feasibility.Check(pool, quotas);

        Assert.False(report.IsFeasible);
        Assert.Contains("genre = femme : 3 volontaires pour un minimum de 4, il en manque 1.", report.Problems);
        Assert.Contains("genre : au plus 3 membres possibles (maximums et volontaires disponibles) pour 4 places, il en manque 1.", report.Problems);
        Assert.Contains("3 volontaires (genre = homme) n'apparaissent dans aucun panel valide : aucune place pour cette valeur.", report.Warnings);
    }

    [Fact]
    public void Unknown_feature_is_reported()
    {
        var quotas = QuotasJson.Parse("""{"mode":"minmax","panelSize":1,"quotas":[{"feature":"CSP","value":"cadre","min":0,"max":1}]}""");

        var report = Feasibility.Check(SmallPool(), quotas);

        Assert.Equal(["Le critère « CSP » n'est pas une colonne du vivier."], report.Problems);
    }
}
