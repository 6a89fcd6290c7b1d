namespace Portal.Search.Querying;

/// <summary>
/// Words of a question that say nothing about its subject (« que proposent les citoyens sur … ? »,
/// « faut-il … ? »): dropped from the query so they do not dilute it. French stop words are already
/// dropped by the analyzer; these are the words a portal of citizens' proposals makes meaningless.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "quoi", "combien", "lequel", "laquelle",
        "faut", "faudrait", "doit", "doivent", "devrait", "devraient", "peut", "peuvent", "pourrait",
        "veut", "veulent", "souhaitent", "demandent", "pensent", "disent", "proposent", "propose", "proposé", "proposes", "proposés",
        "proposition", "propositions", "citoyen", "citoyens", "citoyennes", "habitants", "gens", "est-ce", "existe-t-il", "y-a-t-il",
    };

    /// <summary>The words that carry the subject; all of them when every word is a question word.</summary>
    public static IReadOnlyList<string> Content(IReadOnlyList<string> words)
    {
        var content = words.Where(w => !IsQuestionWord(w)).ToList();
        return content.Count == 0 ? words : content;
    }

    private static bool IsQuestionWord(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('?');
        // « faut-il », « veulent-ils », « doit-on »: the verb before the pronoun decides.
        var head = lower.Split('-')[0];
        return Words.Contains(lower) || Words.Contains(head);
    }
}
