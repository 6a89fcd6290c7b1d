using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Processes.Public;

namespace Portal.OpenData.Api;

/// <summary>Filters of the list of processes, read as text so that binding never fails: bad values answer 400 with details.</summary>
public sealed record ProcessListParameters(
    [property: FromQuery(Name = "statut"), Description("a-venir, en-cours, terminee ou suivi.")] string? Statut,
    [property: FromQuery(Name = "theme"), Description("Un thème, tel qu'écrit dans les démarches.")] string? Theme,
    [property: FromQuery(Name = "organisateur"), Description("Organisateur, tel que la démarche le nomme.")] string? Organisateur,
    [property: FromQuery(Name = "organisation"), Description("Adresse (slug) de l'organisation qui porte la démarche (voir /organisations).")] string? Organisation,
    [property: FromQuery(Name = "annee"), Description("Année de début de la démarche.")] string? Annee,
    [property: FromQuery(Name = "page"), Description("Numéro de page, à partir de 1 (12 démarches par page).")] string? Page);

/// <summary>Filters of a process's propositions.</summary>
public sealed record PropositionListParameters(
    [property: FromQuery(Name = "theme")] string? Theme,
    [property: FromQuery(Name = "decision"), Description("Clé de décision, ou « aucun » pour celles sans réponse publiée.")] string? Decision,
    [property: FromQuery(Name = "suivi"), Description("Clé d'état du dernier suivi, ou « aucun ».")] string? Suivi,
    [property: FromQuery(Name = "page"), Description("Numéro de page, à partir de 1 (50 propositions par page).")] string? Page);

/// <summary>Reads the API's query parameters and reports bad values in French, one message list per parameter.</summary>
internal static class ApiParameters
{
    public static (ProcessFilter Filter, Dictionary<string, string[]> Errors) Processes(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ProcessPhase? phase = null;
        if (Text(query, "statut") is { } key && (phase = ProcessPhases.Parse(key)) is null)
        {
            errors["statut"] = ["Valeurs possibles : " + string.Join(", ", Enum.GetValues<ProcessPhase>().Select(p => p.Key())) + "."];
        }

        var year = Number(query, "annee", 1900, 2200, errors);
        return (new ProcessFilter(phase, Text(query, "theme"), Text(query, "organisateur"), year, Number(query, "page", 1, 100_000, errors) ?? 1,
            Organisation: Text(query, "organisation")), errors);
    }

    public static (PropositionFilter Filter, Dictionary<string, string[]> Errors) Propositions(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = Number(query, "page", 1, 100_000, errors) ?? 1;
        return (new PropositionFilter(Text(query, "theme"), Text(query, "decision"), Text(query, "suivi"), page), errors);
    }

    private static string? Text(IQueryCollection query, string name) =>
        string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString().Trim();

    private static int? Number(IQueryCollection query, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Text(query, name) is not { } raw)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"Un nombre entier entre {min} et {max} est attendu."];
        return null;
    }
}
