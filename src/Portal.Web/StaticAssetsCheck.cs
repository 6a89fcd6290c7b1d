namespace Portal.Web;

/// <summary>
/// Static files (the theme's stylesheet, the modules' scripts) must be there whatever runs the site. `dotnet publish`
/// copies them into wwwroot; the build output only lists where they are in the projects, which ASP.NET Core reads in
/// Development alone: started elsewhere, it used to answer every stylesheet and script with an empty 200, and the
/// site looked broken with nothing in the log.
/// </summary>
public static class StaticAssetsCheck
{
    /// <summary>The theme's stylesheet, served on every page: if it is missing or empty, nothing is.</summary>
    public const string Stylesheet = "_content/Portal.Theme.Default/css/site.css";

    /// <summary>Run from the build output (the list of the projects' files sits beside the program): read them from there, as Development does.</summary>
    public static WebApplicationBuilder UseBuildOutputAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary>Refuses to start, with a message that says what to do, when the stylesheet cannot be served.</summary>
    public static void RequireStaticAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var file = app.Environment.WebRootFileProvider.GetFileInfo(Stylesheet);
        if (!file.Exists || file.Length == 0)
        {
            throw new InvalidOperationException(
                $"Les fichiers statiques du site sont introuvables (« {Stylesheet} » dans {app.Environment.WebRootPath}) : "
                + "déployez la sortie de « dotnet publish -c Release », qui les copie dans wwwroot, et lancez le programme depuis ce dossier.");
        }
    }
}
