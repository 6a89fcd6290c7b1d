using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Store;

/// <summary>
/// The migration that gave the impact vocabularies to the Processes module (ImpactVocabularies): a site whose
/// settings document held its own decisions and follow-up statuses keeps them, now in the module's row.
/// </summary>
public sealed class VocabularyMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseEngines]
    public async Task A_sites_own_vocabularies_move_to_the_processes_row_and_the_site_document_still_reads(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migration: "OnePublicationStatus");
        const string OldSite = """
            {"siteName":"Portail du Gers","tagline":"Ce qui a été fait.","copilName":"comité de suivi",
             "decisions":[{"key":"adoptee","label":"Adoptée"},{"key":"rejetee","label":"Rejetée"}],
             "followUpStatuses":[{"key":"faite","label":"Faite"}]}
            """;
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlAsync(
                $"""INSERT INTO "SiteSettings" ("Key", "Value", "ModifiedUtc") VALUES ({"site"}, {OldSite}, {DateTime.UtcNow})""", Ct);
        }

        await database.MigrateAsync();

        await using var after = database.Scope();
        var site = await after.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(Ct);
        Assert.Equal("comité de suivi", site.CopilName);
        Assert.Equal(["Adoptée", "Rejetée"], site.DecisionVocabulary().Select(t => t.Label));
        Assert.Equal([new VocabularyTerm("faite", "Faite")], site.FollowUpStatusVocabulary());
    }

    [Theory, DatabaseEngines]
    public async Task A_site_that_never_chose_vocabularies_gets_the_defaults(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine, migration: "OnePublicationStatus");
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlAsync(
                $"""INSERT INTO "SiteSettings" ("Key", "Value", "ModifiedUtc") VALUES ({"site"}, {"{\"siteName\":\"Portail\",\"tagline\":\"T\",\"copilName\":\"COPIL\"}"}, {DateTime.UtcNow})""", Ct);
        }

        await database.MigrateAsync();

        await using var after = database.Scope();
        var site = await after.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync(Ct);
        Assert.Equal(ImpactVocabularies.DefaultDecisions, site.DecisionVocabulary());
        Assert.Equal(0, await after.ServiceProvider.GetRequiredService<PortalDbContext>().SiteSettings.CountAsync(s => s.Key == ImpactVocabularies.Key, Ct));
    }
}
