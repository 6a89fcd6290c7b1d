using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Modules;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Store;

/// <summary>
/// What the portal no longer works out at every start is checked here, on each engine, with all modules: that
/// every change to the model has its migration, and that the model compiled ahead of time in the migrations
/// assembly is the one the modules configure.
/// </summary>
public sealed class ModelMigrationsTests
{
    private static string Regenerate(DatabaseEngine engine) =>
        $"regenerate it: dotnet ef dbcontext optimize --project src/Portal.Migrations.{engine} --startup-project src/Portal.Migrations.{engine} -o CompiledModel -n Portal.Migrations.{engine}.CompiledModel (README, « Changer le modèle »)";

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

    [Theory, DatabaseEngines]
    public async Task The_portal_runs_on_the_compiled_model_of_its_engine(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Equal($"Portal.Migrations.{engine}.CompiledModel", db.Model.GetType().Namespace);
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.PostgreSql)]
    public void The_compiled_model_is_the_one_the_modules_configure(DatabaseEngine engine)
    {
        var compiled = CompiledModels.Of(engine);
        Assert.NotNull(compiled);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        // Building a model needs no server: the connection strings are never opened.
        _ = engine == DatabaseEngine.PostgreSql ? options.UseNpgsql("Host=localhost") : options.UseSqlite("Data Source=:memory:");
        using var configured = new PortalDbContext(options.Options, PortalModules.Models);

        var expected = Describe(configured.Model);
        var actual = Describe(compiled);

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The compiled model of {engine} differs from the modules' model; {Regenerate(engine)}.\n"
            + $"Configured but not compiled:\n  {string.Join("\n  ", missing.Take(20))}\nCompiled but no longer configured:\n  {string.Join("\n  ", extra.Take(20))}");
    }

    /// <summary>One line per fact the database and the queries depend on: tables, columns, keys, indexes, mappings.</summary>
    private static SortedSet<string> Describe(IModel model)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = $"{table.Schema}.{table.Name}";
            foreach (var column in table.Columns)
            {
                lines.Add($"column {name}.{column.Name} {column.StoreType} null={column.IsNullable} default={column.DefaultValueSql ?? column.DefaultValue}");
            }

            if (table.PrimaryKey is { } key)
            {
                lines.Add($"key {name} {key.Name} ({string.Join(',', key.Columns.Select(c => c.Name))})");
            }

            foreach (var unique in table.UniqueConstraints)
            {
                lines.Add($"unique {name} {unique.Name} ({string.Join(',', unique.Columns.Select(c => c.Name))})");
            }

            foreach (var index in table.Indexes)
            {
                lines.Add($"index {name} {index.Name} ({string.Join(',', index.Columns.Select(c => c.Name))}) unique={index.IsUnique} filter={index.Filter}");
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                lines.Add($"fk {name} {foreignKey.Name} ({string.Join(',', foreignKey.Columns.Select(c => c.Name))}) -> {foreignKey.PrincipalTable.Name} ({string.Join(',', foreignKey.PrincipalColumns.Select(c => c.Name))}) {foreignKey.OnDeleteAction}");
            }
        }

        foreach (var entity in model.GetEntityTypes())
        {
            lines.Add($"entity {entity.Name} table={entity.GetTableName()} filter={entity.GetDeclaredQueryFilters().Count}");
            foreach (var property in entity.GetProperties())
            {
                lines.Add($"property {entity.Name}.{property.Name} {property.ClrType} column={property.GetColumnName()} "
                    + $"converter={property.GetTypeMapping().Converter?.ProviderClrType} generated={property.ValueGenerated} concurrency={property.IsConcurrencyToken}");
            }

            foreach (var navigation in entity.GetNavigations())
            {
                lines.Add($"navigation {entity.Name}.{navigation.Name} -> {navigation.TargetEntityType.Name}");
            }
        }

        return lines;
    }
}
