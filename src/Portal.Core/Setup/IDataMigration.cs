namespace Portal.Core.Setup;

/// <summary>
/// A one-time change of a site's data that a schema migration cannot make in SQL alone (names to turn into
/// addresses, records to create from old text). The initializer runs each once per site, after the schema
/// migrations and before the first recipes, and remembers it in the site settings.
/// </summary>
public interface IDataMigration
{
    /// <summary>A stable name: the site setting <c>migration.{Key}</c> records that it ran.</summary>
    string Key { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
