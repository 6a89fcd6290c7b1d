using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// One proposition of the citizens, with its stable code (<c>P-12</c>, or the organiser's own), and what the
/// exports of participation platforms carry about it: the vote, when it was submitted, by what kind of author
/// (a key of <see cref="AuthorKinds"/>) and where it was published first. <c>Referral</c> names the referral
/// (« saisine ») of the opinion it belongs to, when the opinion was handed over in several (<see cref="CitizensOpinion.Referrals"/>).
/// </summary>
public sealed record Proposition(
    string Code,
    string Title,
    string Text,
    string Theme,
    PlenaryVote? Vote = null,
    int Order = 0,
    DateOnly? SubmittedOn = null,
    string? AuthorKind = null,
    string? SourceUrl = null,
    string? Referral = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => $"{Code} — {Title}";
}

/// <summary>The vote on a proposition: in plenary, or online on the platform it comes from.</summary>
public sealed record PlenaryVote(int For, int Against, int Abstention = 0)
{
    [JsonIgnore]
    public int Total => For + Against + Abstention;
}

/// <summary>Who wrote a proposition: a fixed vocabulary (the keys are stored, the labels shown).</summary>
public static class AuthorKinds
{
    public static readonly IReadOnlyList<Portal.Core.Settings.VocabularyTerm> All =
    [
        new("citoyen", "Citoyen ou citoyenne"),
        new("organisation", "Organisation (association, entreprise…)"),
        new("gouvernement", "Gouvernement ou administration"),
    ];

    public static string? LabelOf(string? key) => All.FirstOrDefault(k => k.Key == key)?.Label;
}
