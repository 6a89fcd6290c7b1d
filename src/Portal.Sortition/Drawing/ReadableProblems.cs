using System.Text.Json;

namespace Portal.Sortition.Drawing;

/// <summary>
/// Why a draw's file could not be read or its draw not computed, in French. The portal's own readers throw French
/// sentences, kept as they are; the framework's exceptions (JSON syntax, a missing property, a value of the wrong type,
/// a solver's failure) carry English text meant for developers, never shown to operators: they become a French sentence.
/// </summary>
internal static class ReadableProblems
{
    /// <summary>The French text of a problem met while reading the pool or quotas files.</summary>
    public static string OfFile(Exception exception) => exception switch
    {
        _ when IsOurs(exception) => exception.Message,
        JsonException json => $"le fichier des quotas n'est pas un JSON bien formé{Where(json)} : vérifiez les virgules, guillemets et accolades.",
        KeyNotFoundException => "une propriété attendue manque dans le fichier des quotas (comparez-le à l'exemple de la documentation).",
        InvalidOperationException => "une valeur du fichier des quotas n'a pas le type attendu (un nombre, un texte ou une liste).",
        FormatException => "une valeur est illisible (un nombre ou un texte mal écrit) : vérifiez le fichier.",
        _ => "le fichier ne peut pas être lu.",
    };

    /// <summary>The French text of a problem met while computing a draw (the solver, the panels' table).</summary>
    public static string OfComputation(Exception exception) =>
        IsOurs(exception) ? exception.Message : "le calcul du tirage a échoué sur une erreur interne : relancez la préparation, et signalez-la si elle se répète.";

    /// <summary>Whether the portal threw it (its message is then a French sentence written for operators).</summary>
    private static bool IsOurs(Exception exception) => exception.Source?.StartsWith("Portal.", StringComparison.Ordinal) == true;

    private static string Where(JsonException json) =>
        json.LineNumber is { } line ? $" (ligne {line + 1}, caractère {json.BytePositionInLine + 1})" : string.Empty;
}
