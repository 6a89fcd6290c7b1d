using System.Text;
using Lucene.Net.Util;

namespace Portal.Search.Indexing;

/// <summary>
/// What a result shows, packed into one binary doc value per document. Reading it for the 20 shown hits
/// is a seek and a copy, where loading stored fields decompresses a 16 KB block per hit (about a
/// millisecond a page, measured).
/// </summary>
internal sealed record DisplayRecord(
    string Type,
    string Title,
    string Body,
    string Url,
    string ProcessTitle,
    string ProcessSlug,
    DateOnly Date,
    string? Code,
    string? Decision,
    string? FollowUpStatus,
    IReadOnlyList<string> Themes)
{
    public static DisplayRecord From(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // Only what snippets read: a 1 MB body would otherwise be copied and decoded for every hit shown.
        return new DisplayRecord(source.Type, source.Title, Querying.SnippetBuilder.SourceOf(source.Body), source.Url, source.ProcessTitle, source.ProcessSlug,
            source.Date, source.Code, source.Decision, source.FollowUpStatus, [.. source.Themes.Distinct(StringComparer.Ordinal)]);
    }

    public BytesRef ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            // Length-prefixed strings: no separator can clash with what an editor typed.
            foreach (var value in new[] { Type, Title, Body, Url, ProcessTitle, ProcessSlug })
            {
                writer.Write(value);
            }

            writer.Write(Date.DayNumber);
            foreach (var value in new[] { Code, Decision, FollowUpStatus })
            {
                writer.Write(value is not null);
                writer.Write(value ?? string.Empty);
            }

            writer.Write(Themes.Count);
            foreach (var theme in Themes)
            {
                writer.Write(theme);
            }
        }

        return new BytesRef(stream.ToArray());
    }

    public static DisplayRecord Read(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var (type, title, body, url, processTitle, processSlug) =
            (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        string? Optional()
        {
            var present = reader.ReadBoolean();
            var value = reader.ReadString();
            return present ? value : null;
        }

        var (code, decision, followUpStatus) = (Optional(), Optional(), Optional());
        var themes = new string[reader.ReadInt32()];
        for (var i = 0; i < themes.Length; i++)
        {
            themes[i] = reader.ReadString();
        }

        return new DisplayRecord(type, title, body, url, processTitle, processSlug, date, code, decision, followUpStatus, themes);
    }
}
