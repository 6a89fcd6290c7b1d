using System.Globalization;
using Microsoft.Data.Sqlite;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Corpus;

/// <summary>
/// The same corpus in SQLite FTS5 (unicode61, diacritics removed, no stemming: FTS5 has no French
/// stemmer), queried like the portal queries Lucene: all words, bm25 with the title weighing 3,
/// a snippet per result, the total and the counts per type.
/// </summary>
internal sealed class Fts5Engine(string file) : IDisposable
{
    private static readonly string[] ColumnParameters = ["$t", "$b", "$type", "$p", "$o", "$th", "$d", "$s", "$y", "$date", "$u"];

    private readonly SqliteConnection _connection = Open(file);

    public void Index(IEnumerable<SearchDocument> documents)
    {
        Execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, type UNINDEXED, process UNINDEXED, organiser UNINDEXED, theme UNINDEXED, "
            + "decision UNINDEXED, status UNINDEXED, year UNINDEXED, date UNINDEXED, url UNINDEXED, tokenize='unicode61 remove_diacritics 2')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs VALUES ($t, $b, $type, $p, $o, $th, $d, $s, $y, $date, $u)";
        var parameters = ColumnParameters.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        foreach (var d in documents)
        {
            object?[] values = [d.Title, d.Body, d.Type, d.ProcessSlug, d.Organiser, d.Themes.Count > 0 ? d.Themes[0] : null, d.Decision, d.FollowUpStatus,
                d.Year.ToString(CultureInfo.InvariantCulture), d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Url];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Runs one search; returns the total.</summary>
    public int Search(SearchRequest request)
    {
        var query = UserQuery.Parse(request.Query);
        var match = string.Join(" AND ", query.Words.Concat(query.Phrases).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var (filters, values) = Filters(request);
        using var page = _connection.CreateCommand();
        page.CommandText = $"SELECT url, title, snippet(docs, 1, '<mark>', '</mark>', '…', 24) FROM docs WHERE docs MATCH $q{filters} ORDER BY bm25(docs, 3.0, 1.0) LIMIT 20";
        page.Parameters.AddWithValue("$q", match);
        foreach (var (name, value) in values)
        {
            page.Parameters.AddWithValue(name, value);
        }

        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                _ = reader.GetString(2);
            }
        }

        page.CommandText = $"SELECT type, count(*) FROM docs WHERE docs MATCH $q{filters} GROUP BY type";
        var total = 0;
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                total += reader.GetInt32(1);
            }
        }

        return total;
    }

    public void Dispose() => _connection.Dispose();

    private static (string Sql, List<(string, object)> Values) Filters(SearchRequest request)
    {
        var sql = "";
        var values = new List<(string, object)>();
        void Add(string column, string? value)
        {
            if (value is not null)
            {
                sql += $" AND {column} = ${column}";
                values.Add(("$" + column, value));
            }
        }

        Add("type", request.Type);
        Add("organiser", request.Organiser);
        Add("theme", request.Theme);
        Add("decision", request.Decision);
        Add("status", request.FollowUpStatus);
        Add("year", request.Year?.ToString(CultureInfo.InvariantCulture));
        return (sql, values);
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
