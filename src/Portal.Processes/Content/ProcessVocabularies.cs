using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>
/// The impact section's vocabularies (decisions of a response, statuses of a follow-up) as other modules and the
/// Processes pages read them, from the settings read for the request: the Processes module's own settings document
/// (<see cref="ImpactVocabularies"/>), defaults when none was stored.
/// </summary>
public static class ProcessVocabularies
{
    public static IReadOnlyList<VocabularyTerm> DecisionVocabulary(this SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Section<ImpactVocabularies>(ImpactVocabularies.Key).Decisions;
    }

    public static IReadOnlyList<VocabularyTerm> FollowUpStatusVocabulary(this SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Section<ImpactVocabularies>(ImpactVocabularies.Key).FollowUpStatuses;
    }

    /// <summary>The French label of a decision key; the key itself when the vocabulary no longer has it.</summary>
    public static string DecisionLabel(this SiteSettings site, string key) =>
        site.DecisionVocabulary().FirstOrDefault(d => d.Key == key)?.Label ?? key;

    /// <summary>The French label of a follow-up status key; the key itself when the vocabulary no longer has it.</summary>
    public static string FollowUpStatusLabel(this SiteSettings site, string key) =>
        site.FollowUpStatusVocabulary().FirstOrDefault(d => d.Key == key)?.Label ?? key;
}
