using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Processes.Content;

/// <summary>
/// The citizens' opinion: synthesis, report, the date it was handed over and the response delay the organiser committed
/// to (« dans un délai de quatre mois »). When the opinion was handed over in several referrals (« saisines »), each has
/// its own date and, when it differs, its own delay; a proposition names its referral by key. Its propositions are items
/// of their own.
/// </summary>
public sealed record CitizensOpinion(
    string Synthesis,
    string? ReportUrl = null,
    DateOnly? HandOverDate = null,
    int? ResponseDelayMonths = null,
    IReadOnlyList<Referral>? Referrals = null) : IDisplayText
{
    [JsonIgnore]
    public string DisplayText => "Avis des citoyens";
}

/// <summary>One referral of the opinion (« saisine »): its key (named by propositions), its name, hand-over date and delay.</summary>
public sealed record Referral(string Key, string Name, DateOnly HandOverDate, int? ResponseDelayMonths = null);
