using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Store;

/// <summary>
/// The portal does not ask EF at every start whether the model has changes left out of a migration (that check
/// costs a third of a second of each restart): it is asked here, on each engine, with all modules loaded.
/// </summary>
public sealed class ModelMigrationsTests
{
    [Theory, DatabaseEngines]
    public async Task Every_change_to_the_model_has_its_migration(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a migration on {engine}: add one with dotnet ef migrations add (see README).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
