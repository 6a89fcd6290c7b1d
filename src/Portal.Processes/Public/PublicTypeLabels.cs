using Portal.Core.Content;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>French names of the published sections, for the public history of a process.</summary>
public static class PublicTypeLabels
{
    public static string For(ContentTypeRegistry types, string contentType)
    {
        ArgumentNullException.ThrowIfNull(types);
        // Another module's item of the process (a news item) is named by its own registered label.
        return types.TryGetType(contentType, out var type) ? For(type) ?? types.CapitalizedLabelOf(contentType) : "Contenu";
    }

    private static string? For(Type type) => type.Name switch
    {
        nameof(Process) => "Présentation de la démarche",
        nameof(ProcessCharter) => "Fiche d'identité",
        nameof(Mandate) => "Mandat de participation",
        nameof(PanelComposition) => "Composition du panel",
        nameof(Speaker) => "Intervenant",
        nameof(CitizensOpinion) => "Avis des citoyens",
        nameof(Proposition) => "Proposition",
        nameof(Response) => "Réponse motivée",
        nameof(FollowUp) => "Suivi",
        nameof(CommitteeAssessment) => "Appréciation du comité de suivi",
        nameof(CommitteeScores) => "Notes du comité de suivi par thème",
        nameof(Evaluation) => "Évaluation",
        _ => null,
    };
}
