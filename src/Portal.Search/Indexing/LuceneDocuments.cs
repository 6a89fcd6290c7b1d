using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Portal.Search.Indexing;

/// <summary>Converts between <see cref="SearchDocument"/> and Lucene documents.</summary>
internal static class LuceneDocuments
{
    public static Document ToLucene(SearchDocument source)
    {
        // Only the full text is stored, for the API and the export: what a hit shows comes from the display doc value (see DisplayRecord).
        var doc = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.NO),
            new StringField(SearchFields.ProcessId, source.ProcessId, Field.Store.NO),
            new TextField(SearchFields.Title, source.Title, Field.Store.NO),
            new TextField(SearchFields.Body, source.Body, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Date, DateKey(source.Date)),
            new BinaryDocValuesField(SearchFields.Display, DisplayRecord.From(source).ToBytes()),
            new StoredField(SearchFields.FullText, source.Body),
        };
        if (!string.IsNullOrWhiteSpace(source.ResponseText))
        {
            doc.Add(new TextField(SearchFields.Response, source.ResponseText, Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(source.FollowUpsText))
        {
            doc.Add(new TextField(SearchFields.FollowUps, source.FollowUpsText, Field.Store.NO));
        }

        // A response and its follow-ups show their proposition's code, but a code lookup finds the proposition alone.
        if (source.Code is { } code && source.Type == SearchTypes.Proposition)
        {
            // A keyword: « P-12 » must not be split into « p » and « 12 ».
            doc.Add(new StringField(SearchFields.Code, NormaliseCode(code), Field.Store.NO));
        }

        AddFacet(doc, SearchFields.Type, source.Type);
        AddFacet(doc, SearchFields.ProcessSlug, source.ProcessSlug);
        AddFacet(doc, SearchFields.Organisation, source.Organisation);
        AddFacet(doc, SearchFields.Organiser, source.Organiser);
        AddFacet(doc, SearchFields.Year, source.Year.ToString(CultureInfo.InvariantCulture));
        AddFacet(doc, SearchFields.Decision, source.Decision);
        AddFacet(doc, SearchFields.FollowUpStatus, source.FollowUpStatus);
        foreach (var theme in source.Themes.Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, SearchFields.Theme, theme);
        }

        return doc;
    }

    public static string NormaliseCode(string code) => code.Trim().ToLowerInvariant();

    public static long DateKey(DateOnly date) => (date.Year * 10000L) + (date.Month * 100L) + date.Day;

    private static void AddFacet(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
