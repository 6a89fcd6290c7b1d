using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;

namespace Portal.Core.Recipes;

/// <summary>
/// <c>recipes apply &lt;file&gt;</c>: loads a recipe into this portal, the way the first start loads the setup recipes. The
/// file is a recipe (<c>.json</c>), such as a process's <c>/donnees/demarches/{slug}.recette.json</c>, or a process's
/// open-data ZIP, whose <c>recette.json</c> is read. A refused recipe is listed error by error (step and JSON path), in
/// French, and nothing of it is written (exit code 1).
/// </summary>
internal sealed class RecipesCommand(IServiceScopeFactory scopes) : ICliCommand
{
    /// <summary>The recipe's name inside a process's open-data ZIP.</summary>
    public const string ZipEntry = "recette.json";

    public string Group => "recipes";

    public string Usage => "  recipes apply <fichier.json | archive.zip>    charge une recette (ou la recette d'une archive de données ouvertes)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count != 2 || args[0] != "apply")
        {
            await console.Error.WriteLineAsync("Usage :" + Environment.NewLine + Usage);
            return 2;
        }

        var path = args[1];
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"Fichier introuvable : {path}");
            return 1;
        }

        await using var scope = scopes.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        try
        {
            await ApplyAsync(executor, path, cancellationToken);
        }
        catch (RecipeValidationException exception)
        {
            await console.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        await console.Out.WriteLineAsync($"Recette appliquée : {Path.GetFileName(path)}.");
        return 0;
    }

    /// <summary>Applies a recipe file or the recipe of an open-data ZIP; a ZIP without one, or unreadable, is refused in French.</summary>
    public static async Task ApplyAsync(RecipeExecutor executor, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executor);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await executor.ExecuteFileAsync(path, cancellationToken);
            return;
        }

        var name = Path.GetFileName(path);
        ZipArchive zip;
        try
        {
            zip = await ZipFile.OpenReadAsync(path, cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new RecipeValidationException([new RecipeError(name, -1, "-", "$", "archive ZIP illisible")]);
        }

        await using (zip)
        {
            if (zip.GetEntry(ZipEntry) is not { } entry)
            {
                throw new RecipeValidationException([new RecipeError(name, -1, "-", "$", $"l'archive ne contient pas de « {ZipEntry} » (celle d'une démarche, /donnees/demarches/{{adresse}}.zip, en contient une)")]);
            }

            await using var stream = await entry.OpenAsync(cancellationToken);
            await executor.ExecuteAsync($"{name}/{ZipEntry}", stream, cancellationToken);
        }
    }
}
