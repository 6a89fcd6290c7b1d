using System.Reflection;
using Portal.Core.Data;
using Xunit.Sdk;
using Xunit.v3;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Runs a database theory once per engine the portal supports, passing the engine as the test's only
/// argument: <c>[Theory, DatabaseEngines] Task Test(DatabaseEngine engine)</c>. Every database test runs on
/// both unless it says why not, through <see cref="TestDatabase.CreateSqliteOnlyAsync"/>; theories with
/// their own rows get the engine as first column from <see cref="DatabaseEngines.Each{T1, T2, T3, T4}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseEnginesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([.. DatabaseEngines.All.Select(engine => new TheoryDataRow<DatabaseEngine>(engine).WithTrait("Engine", engine.ToString()))]);

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>The engines every database test runs on, and rows of a theory crossed with them.</summary>
public static class DatabaseEngines
{
    public static readonly IReadOnlyList<DatabaseEngine> All = [DatabaseEngine.Sqlite, DatabaseEngine.PostgreSql];

    /// <summary>Each row of <paramref name="rows"/> once per engine, the engine first.</summary>
    public static TheoryData<DatabaseEngine, T1, T2, T3, T4> Each<T1, T2, T3, T4>(TheoryData<T1, T2, T3, T4> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var crossed = new TheoryData<DatabaseEngine, T1, T2, T3, T4>();
        foreach (var engine in All)
        {
            foreach (var row in rows)
            {
                crossed.Add(engine, row.Data.Item1, row.Data.Item2, row.Data.Item3, row.Data.Item4);
            }
        }

        return crossed;
    }
}
