using System.ComponentModel;
using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary>The JSON answer of the search API.</summary>
public sealed record SearchApiResponse(
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchApiResult> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchApiResponse From(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SearchApiResponse(
            results.Total,
            results.Page,
            results.PageCount,
            results.Hits.Select(h => new SearchApiResult(
                h.Type, h.Title, h.Url, h.SnippetHtml, h.FullText ?? h.SnippetText, h.ProcessTitle, h.Date, h.Code, h.Themes, h.Decision, h.FollowUpStatus)).ToList(),
            results.Facets.ToDictionary(f => SearchLabels.FacetParameter(f.Key), f => f.Value));
    }
}

/// <summary>One result; <c>snippet</c> is HTML-encoded text whose matches are wrapped in &lt;mark&gt;, <c>text</c> the whole text.</summary>
public sealed record SearchApiResult(
    [property: Description("demarche, proposition, reponse, suivi ou intervenant.")] string Type,
    string Title,
    [property: Description("Adresse permanente de la page, relative au site.")] string Url,
    [property: Description("Extrait (HTML encodé) où les mots trouvés sont entourés de <mark>.")] string Snippet,
    [property: Description("Texte intégral de l'élément (texte brut, sans coupure).")] string Text,
    [property: Description("Titre de la démarche.")] string Process,
    [property: Description("Date de l'élément : d'une réponse, le jour où elle a été donnée (à défaut, sa publication) ; d'une proposition, la remise de son avis (ou de sa saisine) ; d'un suivi, la sienne.")] DateOnly Date,
    [property: Description("Code de la proposition (propositions, réponses et suivis).")] string? Code,
    [property: Description("Thèmes de la démarche.")] IReadOnlyList<string> Themes,
    [property: Description("Décision de la réponse : retenue, retenue-partiellement, non-retenue, a-l-etude, hors-competence.")] string? Decision,
    [property: Description("Statut du dernier suivi : a-engager, en-cours, realisee, abandonnee.")] string? FollowUpStatus);
