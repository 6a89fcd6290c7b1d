namespace Portal.Tests.Infrastructure;

/// <summary>The real public data sets in <c>../shared/data</c> beside the repository, when present.</summary>
public static class SharedData
{
    /// <summary>The data set's folder, or a skipped test with a clear message when it is absent.</summary>
    public static string Folder(string dataSet)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", dataSet);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        Assert.Skip($"Jeu de données absent : ../shared/data/{dataSet} (il n'existe qu'à côté du dépôt de l'équipe) ; test ignoré.");
        return string.Empty;
    }
}
