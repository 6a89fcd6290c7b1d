using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Corpus;

/// <summary>30 fixed, realistic journalist queries, a third of them with filters.</summary>
internal static class BenchmarkQueries
{
    public static readonly SearchRequest[] All =
    [
        new("rénovation énergétique"),
        new("logement", Type: SearchTypes.Proposition),
        new("transports en commun"),
        new("vélo", Year: 2020),
        new("\"gaz à effet de serre\""),
        new("agriculture biologique"),
        new("publicité", Decision: "retenue"),
        new("climat"),
        new("voiture électrique"),
        new("pesticides", Type: SearchTypes.Proposition, Year: 2021),
        new("démocratie participative"),
        new("eau potable"),
        new("artificialisation des sols"),
        new("énergies renouvelables", Theme: "Énergie"),
        new("train"),
        new("santé", Type: SearchTypes.Response),
        new("tirage au sort"),
        new("déchets plastique"),
        new("cantine", Decision: "non-retenue"),
        new("emploi"),
        new("forêt biodiversité"),
        new("\"transition écologique\"", Year: 2023),
        new("impôt"),
        new("avion", Type: SearchTypes.Proposition, Decision: "a-l-etude"),
        new("éducation à l'environnement"),
        new("consommation", FollowUpStatus: "en-cours"),
        new("chauffage"),
        new("citoyens"),
        new("taxe carbone"),
        new("mobilité", Organiser: "Organisateur 7"),
    ];
}
