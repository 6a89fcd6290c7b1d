using BenchmarkDotNet.Attributes;
using Portal.Processes.Public;

namespace Portal.Benchmarks.Micro;

/// <summary>
/// The public history's word diff on a 5,000-word response: a few words changed (the common case), one word in ten
/// changed (Myers' search near its bound), and a text rewritten throughout (the bound reached, the middle replaced whole).
/// </summary>
[MemoryDiagnoser]
public class WordDiffBenchmarks
{
    private string _text = string.Empty;
    private string _fewChanges = string.Empty;
    private string _tenPercent = string.Empty;
    private string _rewritten = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string[] vocabulary = ["la", "communauté", "urbaine", "engage", "un", "plan", "de", "rénovation", "des", "écoles", "avec", "budget", "voté", "en", "conseil", "et", "suivi", "public", "chaque", "année"];
        var words = Enumerable.Range(0, 5000).Select(i => vocabulary[(i * 7 + (i / 13)) % vocabulary.Length] + (i % 17 == 0 ? "," : string.Empty)).ToArray();
        _text = string.Join(' ', words);
        _fewChanges = string.Join(' ', words.Select((w, i) => i % 1000 == 500 ? "modifié" : w));
        _tenPercent = string.Join(' ', words.Select((w, i) => i % 10 == 3 ? "autre" : w));
        _rewritten = string.Join(' ', words.Select(w => w.ToUpperInvariant()));
    }

    [Benchmark]
    public int FewChanges() => WordDiff.Compare(_text, _fewChanges).Count;

    [Benchmark]
    public int OneWordInTen() => WordDiff.Compare(_text, _tenPercent).Count;

    [Benchmark]
    public int Rewritten() => WordDiff.Compare(_text, _rewritten).Count;
}
