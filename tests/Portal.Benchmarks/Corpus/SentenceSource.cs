using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Corpus;

/// <summary>The French sentences of the real data sets, read at run time (nothing is copied into the repository).</summary>
internal static partial class SentenceSource
{
    public static List<string> Read(string dataFolder)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".json":
                    using (var json = JsonDocument.Parse(File.ReadAllText(file)))
                    {
                        Strings(json.RootElement, texts);
                    }

                    break;
                case ".csv" or ".md" or ".txt":
                    texts.AddRange(File.ReadAllLines(file));
                    break;
            }
        }

        return texts.SelectMany(t => SentenceEnd().Split(t))
            .Select(s => s.Trim())
            .Where(s => s.Length is >= 25 and <= 400 && !s.Contains("http", StringComparison.Ordinal) && s.Count(char.IsLetter) > s.Length / 2)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static void Strings(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, into);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Strings(property.Value, into);
                }

                break;
        }
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+|[\r\n]+")]
    private static partial Regex SentenceEnd();
}
