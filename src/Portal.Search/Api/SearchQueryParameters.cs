using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Search.Api;

/// <summary>
/// The API's query parameters, all read as text so binding itself never fails: the values are checked by
/// <see cref="Querying.SearchRequestBinder"/>, which answers 400 with details. Declared here so OpenAPI lists them.
/// </summary>
public sealed record SearchQueryParameters(
    [property: FromQuery(Name = "q"), Description("Texte recherché ; des guillemets pour une expression exacte.")] string? Q,
    [property: FromQuery(Name = "type"), Description("demarche, proposition, reponse, suivi ou intervenant.")] string? Type,
    [property: FromQuery(Name = "demarche"), Description("Adresse (slug) de la démarche.")] string? Process,
    [property: FromQuery(Name = "organisation"), Description("Adresse (slug) de l'organisation qui porte la démarche (voir /organisations).")] string? Organisation,
    [property: FromQuery(Name = "organisateur"), Description("Organisateur, tel que la démarche le nomme.")] string? Organisateur,
    [property: FromQuery(Name = "theme")] string? Theme,
    [property: FromQuery(Name = "decision"), Description("retenue, retenue-partiellement, non-retenue, a-l-etude, hors-competence.")] string? Decision,
    [property: FromQuery(Name = "suivi"), Description("Statut de suivi : a-engager, en-cours, realisee, abandonnee.")] string? FollowUp,
    [property: FromQuery(Name = "annee"), Description("Année de la démarche.")] string? Annee,
    [property: FromQuery(Name = "tri"), Description("pertinence (défaut) ou date.")] string? Tri,
    [property: FromQuery(Name = "p"), Description("Numéro de page (20 résultats par page).")] string? P);
