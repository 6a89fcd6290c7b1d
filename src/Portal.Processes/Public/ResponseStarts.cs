using Portal.Processes.Content;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>The response clock's starting points of an opinion read in full (preview, archives), shaped as the index rows.</summary>
public static class ResponseStarts
{
    public static IReadOnlyList<ReferralIndex> Of(CitizensOpinion? opinion) => opinion is null
        ? []
        :
        [
            new ReferralIndex { ProcessId = string.Empty, Key = string.Empty, Name = "Avis des citoyens", HandOverDate = opinion.HandOverDate, ResponseDelayMonths = opinion.ResponseDelayMonths },
            .. (opinion.Referrals ?? []).Select(r => new ReferralIndex
            {
                ProcessId = string.Empty, Key = r.Key, Name = r.Name, HandOverDate = r.HandOverDate, ResponseDelayMonths = r.ResponseDelayMonths ?? opinion.ResponseDelayMonths,
            }),
        ];
}
