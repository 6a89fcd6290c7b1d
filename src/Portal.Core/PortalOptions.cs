namespace Portal.Core;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The data folder: database, search index, media. Relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    /// <summary>
    /// The site's public address (<c>https://participation.exemple.fr</c>): every absolute link is built from it,
    /// never from the request. Required in Production; elsewhere it defaults to <c>http://localhost:5080</c>.
    /// </summary>
    public string? PublicUrl { get; set; }

    public Email.EmailOptions Email { get; set; } = new();

    /// <summary>
    /// Where to report a vulnerability (<c>securite@exemple.fr</c> or an <c>https://</c> page), published in
    /// <c>/.well-known/security.txt</c>; unset, that file answers 404.
    /// </summary>
    public string? SecurityContact { get; set; }

    public Throttling.RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// How long after the site starts listening its background rounds (search catch-up, scheduled publications,
    /// digests, draw preparation) begin, so that they do not compete with the first pages for the processor.
    /// </summary>
    public TimeSpan BackgroundStartDelay { get; set; } = TimeSpan.FromSeconds(3);
}

public sealed class SecurityOptions
{
    /// <summary>Administrators must turn on two-factor sign-in before using the back office.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// Use EF's model compiled ahead of time in the engine's migrations assembly (<c>CompiledModel</c>) instead of
    /// building it at every start. Generated for the whole composition (every module of <c>PortalModules.All</c>);
    /// turn it off for a different set of modules.
    /// </summary>
    public bool CompiledModel { get; set; } = true;

    /// <summary>Empty for SQLite means a <c>portal.db</c> file in the data folder.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class SetupOptions
{
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>
    /// Recipes applied once, on the first start of an empty site; null means setup and demo. An array,
    /// not a list, so that configuration replaces the default instead of appending to it.
    /// </summary>
    public string[]? Recipes { get; set; }

    public IReadOnlyList<string> RecipesOrDefault => Recipes ?? ["setup.recipe.json", "demo.recipe.json"];

    /// <summary>The folder holding recipe files; defaults to <c>recipes</c> beside the application.</summary>
    public string? RecipesPath { get; set; }
}
