using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Processes.Content;
using Portal.Processes.Recipes;

namespace Portal.Tests.Imports;

/// <summary>
/// Turns the citizen tracker's export of the Convention Citoyenne pour le Climat proposals
/// (shared/data/ccc-2020-propositions-suivi) into a <c>processes</c> recipe: one process, every
/// proposal with a response derived from the tracker's status, and its dated follow-ups.
/// </summary>
internal static class CccTrackerRecipe
{
    public static ProcessDocument Read(string jsonFile)
    {
        var rows = JsonSerializer.Deserialize<List<TrackerProposal>>(File.ReadAllText(jsonFile))!;
        var propositions = rows.OrderBy(r => r.Ordre).Select(ToProposition).ToList();
        var demarche = new Process(
            "Convention citoyenne pour le climat", "convention-citoyenne-climat-2020",
            "150 citoyens tirés au sort ont proposé des mesures pour réduire les émissions de gaz à effet de serre d'au moins 40 % d'ici 2030.",
            "Gouvernement", "France", rows.Select(r => r.Thematique).Distinct().ToList(),
            new DateOnly(2019, 10, 4), new DateOnly(2020, 6, 21));
        // The report was handed to the President of the Republic on 29 June 2020; no response delay was promised.
        var avis = new CitizensOpinion("Rapport final de la Convention citoyenne pour le climat.", HandOverDate: new DateOnly(2020, 6, 29));
        return new ProcessDocument("ccc-2020", demarche, Avis: avis, Propositions: propositions);
    }

    private static PropositionDocument ToProposition(TrackerProposal row)
    {
        var decision = row.Statut switch
        {
            "fait" => "retenue",
            "joker" => "non-retenue",
            _ => "a-l-etude",
        };
        // The tracker's status becomes the state of the one commitment it follows: taking the measure up (« fait » is
        // done, a « joker » gave it up, anything else is still in progress).
        var state = row.Statut switch
        {
            "fait" => CommitmentStatuses.Done,
            "joker" => CommitmentStatuses.Abandoned,
            _ => CommitmentStatuses.InProgress,
        };
        var response = new Response(
            decision,
            $"Appréciation du suivi citoyen : statut « {row.Statut} », ambition « {row.Ambition} », véhicule « {row.Vehicule} ».",
            "Gouvernement",
            [new Commitment($"Reprendre la mesure (véhicule : {row.Vehicule})", State: state)]);
        var followUps = row.FollowUp.OrderBy(s => s.Rang).Select(s => new FollowUp(
            DateOnly.Parse(s.Date, System.Globalization.CultureInfo.InvariantCulture),
            row.Statut == "fait" ? "realisee" : "en-cours",
            s.Texte,
            Uri.TryCreate(s.SourceUrl, UriKind.Absolute, out _) ? [new EvidenceLink("Source", s.SourceUrl)] : [])).ToList();
        var title = row.Proposition.Length <= 160 ? row.Proposition : row.Proposition[..157] + "…";
        return new PropositionDocument(row.Code, title, row.Proposition, row.Thematique, Reponse: response, Suivis: followUps);
    }

    private sealed record TrackerProposal(
        [property: JsonPropertyName("ordre")] int Ordre,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("thematique")] string Thematique,
        [property: JsonPropertyName("proposition")] string Proposition,
        [property: JsonPropertyName("statut")] string Statut,
        [property: JsonPropertyName("ambition")] string Ambition,
        [property: JsonPropertyName("vehicule")] string Vehicule,
        [property: JsonPropertyName("suivi")] List<TrackerUpdate> FollowUp);

    private sealed record TrackerUpdate(
        [property: JsonPropertyName("rang")] int Rang,
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("texte")] string Texte,
        [property: JsonPropertyName("source_url")] string SourceUrl);
}
