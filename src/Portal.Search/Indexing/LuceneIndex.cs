using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;
using Portal.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Search.Indexing;

/// <summary>
/// This node's Lucene index (one per process of the web server, under {DataPath}/search). Writes
/// replace whole processes; every commit carries the id of the last queue task applied, so the
/// documents and the checkpoint are made durable together.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string CheckpointKey = "portal.lastTaskId";
    private const string FormatKey = "portal.format";
    private const string NodeKey = "portal.node";

    /// <summary>
    /// Changes when the documents' layout changes; an index of another format is emptied at opening and
    /// filled again by the indexer (format 2: display doc values instead of stored fields; format 3: display
    /// bodies cut to what snippets read; format 4: stop words removed after accent folding, BM25 norms, a
    /// proposition's response and follow-ups in fields of their own; format 5: themes in the display record, the full text stored for the API
    /// and the export; format 6: the owning organisation as a facet; format 7: a proposition dated by its referral, a
    /// response by the day it was given).
    /// </summary>
    private const string Format = "7";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private long _checkpoint;

    public LuceneIndex(string path, FrenchStemmer stemmer = FrenchStemmer.Light)
    {
        Analyzer = new FrenchSearchAnalyzer(stemmer);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = PortalSimilarity.Instance,
        };
        _writer = new IndexWriter(_directory, config);
        var data = _writer.CommitData;
        NodeId = data.TryGetValue(NodeKey, out var node) && !string.IsNullOrEmpty(node) ? node : Guid.NewGuid().ToString("N");
        if (!data.TryGetValue(FormatKey, out var format) || format != Format)
        {
            // A new folder, or documents laid out for an older version: start empty from checkpoint 0.
            _writer.DeleteAll();
            _checkpoint = 0;
            WriteCommit(0);
        }
        else
        {
            _checkpoint = data.TryGetValue(CheckpointKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : 0;
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new FacetWarmingSearcherFactory());
    }

    /// <summary>This index's name in the shared table of nodes; kept in the index, so it follows its folder.</summary>
    public string NodeId { get; }

    public FrenchSearchAnalyzer Analyzer { get; }

    /// <summary>
    /// The id of the last queue task whose effect is committed and visible to searches; 0 for a new index.
    /// It moves only after the searchers are refreshed, so a reader never sees a checkpoint ahead of its results.
    /// </summary>
    public long Checkpoint => Interlocked.Read(ref _checkpoint);

    /// <summary>Replaces every document of a process (none when it is no longer published).</summary>
    public void ReplaceProcess(string processId, IEnumerable<SearchDocument> documents)
    {
        _writer.DeleteDocuments(new Term(SearchFields.ProcessId, processId));
        _writer.AddDocuments(documents.Select(LuceneDocuments.ToLucene));
    }

    public void AddDocuments(IEnumerable<SearchDocument> documents) =>
        _writer.AddDocuments(documents.Select(LuceneDocuments.ToLucene));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes the changes durable along with the checkpoint, then visible to searches.</summary>
    public void Commit(long checkpoint)
    {
        WriteCommit(checkpoint);
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _checkpoint, checkpoint);
    }

    /// <summary>Runs a search on the latest committed state.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void WriteCommit(long checkpoint)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture),
            [FormatKey] = Format,
            [NodeKey] = NodeId,
        });
        _writer.Commit();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
