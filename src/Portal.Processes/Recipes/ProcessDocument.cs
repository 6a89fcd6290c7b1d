using System.Text.Json.Serialization;
using Portal.Processes.Content;

namespace Portal.Processes.Recipes;

/// <summary>
/// A whole process as one JSON document: the shape of the <c>processes</c> recipe step and of
/// process export and import. Sections are optional; each becomes its own content item (<see cref="NotesComite"/>: the
/// follow-up committee's scores per theme).
/// </summary>
public sealed record ProcessDocument(
    string Id,
    [property: JsonPropertyName("demarche")] Process Process,
    bool Publish = true,
    ProcessCharter? Fiche = null,
    Mandate? Mandat = null,
    PanelComposition? Panel = null,
    IReadOnlyList<Speaker>? Intervenants = null,
    CitizensOpinion? Avis = null,
    IReadOnlyList<PropositionDocument>? Propositions = null,
    Evaluation? Evaluation = null,
    IReadOnlyList<DocumentItem>? Documents = null,
    CommitteeScores? NotesComite = null);

/// <summary>
/// A proposition with its response, follow-ups and the follow-up committee's assessment, and what a participation
/// platform's export says of it (when it was submitted, by what kind of author, where it was published first).
/// </summary>
public sealed record PropositionDocument(
    string Code,
    string Title,
    string Text,
    string Theme,
    PlenaryVote? Vote = null,
    Response? Reponse = null,
    IReadOnlyList<FollowUp>? Suivis = null,
    string? Referral = null,
    CommitteeAssessment? Appreciation = null,
    DateOnly? SubmittedOn = null,
    string? AuthorKind = null,
    string? SourceUrl = null)
{
    public Proposition ToProposition(int order) => new(Code, Title, Text, Theme, Vote, order, SubmittedOn, AuthorKind, SourceUrl, Referral);
}

/// <summary>The <c>processes</c> recipe step.</summary>
public sealed record ProcessesStep(string Name, IReadOnlyList<ProcessDocument> Processes);
