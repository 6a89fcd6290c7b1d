using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Setup;
using Portal.Processes.Organisations;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>A site from before organisations: the one-time migration turns each published process's organiser text into an organisation that owns it.</summary>
public sealed class OrganiserTextMigrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_organiser_text_becomes_one_organisation_owning_its_processes_and_a_second_run_changes_nothing()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // As before organisations: no owner, no organisation.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Set<OrganisationProcess>().ExecuteDeleteAsync(Ct);
            await db.Set<Organisation>().ExecuteDeleteAsync(Ct);
        }

        await RunMigrationAsync();
        await RunMigrationAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var organisations = await db.Set<Organisation>().OrderBy(o => o.Slug).Select(o => new { o.Slug, o.Name, o.Kind }).ToListAsync(Ct);
            Assert.Equal(["communaute-urbaine-du-val-d-ardanne", "departement-des-monts-d-orvale"], organisations.Select(o => o.Slug));
            Assert.Contains(organisations, o => o.Name == "Département des Monts-d'Orvale" && o.Kind == OrganisationKind.Autre);
            var directory = scope.ServiceProvider.GetRequiredService<OrganisationDirectory>();
            Assert.Equal(["demo-departement-assemblee-citoyenne-2022"], await directory.ProcessIdsOfSlugAsync("departement-des-monts-d-orvale", Ct));
            Assert.Empty(await db.Set<OrganisationMember>().ToListAsync(Ct));
        }
    }

    private async Task RunMigrationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IDataMigration>().Single(m => m.Key == "organisations-depuis-organisateurs").RunAsync(Ct);
    }
}
