namespace Portal.Search.Querying;

/// <summary>How the results of a search were found, stated on the page.</summary>
public enum MatchingMode
{
    /// <summary>No words: the newest content.</summary>
    None,

    /// <summary>Every result holds every word (one word, a quoted phrase or a code).</summary>
    AllWords,

    /// <summary>Results hold most of the words; those holding all of them come first.</summary>
    MostWords,

    /// <summary>A word unknown to the index was replaced by the closest known word.</summary>
    CorrectedSpelling,
}

/// <summary>What the page says about the matching: the mode, how many words a result needs, corrections and synonyms used.</summary>
public sealed record MatchingInfo(
    MatchingMode Mode,
    int Words,
    int MinimumWords,
    IReadOnlyDictionary<string, string> Corrections,
    IReadOnlyList<string> Synonyms,
    string? Suggestion)
{
    public static readonly MatchingInfo Nothing = new(MatchingMode.None, 0, 0, new Dictionary<string, string>(), [], null);
}
