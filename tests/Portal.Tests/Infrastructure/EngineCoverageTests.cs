using System.Text.RegularExpressions;

namespace Portal.Tests.Infrastructure;

/// <summary>Database tests run on both engines by default: one that picks SQLite says why, in the code.</summary>
public sealed partial class EngineCoverageTests
{
    [Fact]
    public void No_test_picks_an_engine_without_saying_why()
    {
        var folder = TestSources();
        var offenders = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(folder, f) && !f.StartsWith(Path.Combine(folder, "Infrastructure"), StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(folder, f), Line: i + 1, Text: line)))
            .Where(l => EnginePicked().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use [Theory, DatabaseEngines] or TestDatabase.CreateSqliteOnlyAsync(\"why\"):\n" + string.Join('\n', offenders));
    }

    /// <summary>An engine written into a database or bench creation, or into a theory's inline rows.</summary>
    [GeneratedRegex(@"(TestDatabase|WorkflowBench)\.CreateAsync\(\s*DatabaseEngine\.|InlineData\(\s*DatabaseEngine\.")]
    private static partial Regex EnginePicked();

    private static bool IsBuildOutput(string root, string file)
    {
        var first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>This project's source folder, found above the test binary.</summary>
    private static string TestSources()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        Assert.Skip("Sources des tests introuvables au-dessus du binaire ; vérification ignorée.");
        return string.Empty;
    }
}
