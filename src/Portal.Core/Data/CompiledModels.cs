using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Core.Data;

/// <summary>
/// EF's model of the portal compiled ahead of time, one per engine, in that engine's migrations assembly: building
/// it from the modules' configuration took half a second of every start. <c>dotnet ef dbcontext optimize</c>
/// writes it (README, « Changer le modèle »), and <c>ModelMigrationsTests</c> fails when it no longer matches
/// the model the modules configure. Looked up by name, as the migrations are: the core does not reference them.
/// </summary>
internal static class CompiledModels
{
    private static readonly Lazy<IModel?> Sqlite = new(() => Find(DatabaseRegistration.SqliteMigrations));
    private static readonly Lazy<IModel?> PostgreSql = new(() => Find(DatabaseRegistration.PostgreSqlMigrations));

    public static IModel? Of(DatabaseEngine engine) => engine == DatabaseEngine.PostgreSql ? PostgreSql.Value : Sqlite.Value;

    private static IModel? Find(string migrationsAssembly) =>
        Type.GetType($"{migrationsAssembly}.CompiledModel.PortalDbContextModel, {migrationsAssembly}")?
            .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
}
