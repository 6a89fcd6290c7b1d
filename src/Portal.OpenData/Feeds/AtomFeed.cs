using System.Text;
using System.Xml;
using Portal.OpenData.Datasets;

namespace Portal.OpenData.Feeds;

/// <summary>An Atom feed (RFC 4287): its id, title, self and page addresses, author, last update and entries, newest first.</summary>
public sealed record AtomFeed(string Id, string Title, string Self, string Page, string Author, DateTime UpdatedUtc, IReadOnlyList<AtomEntry> Entries)
{
    public const string MediaType = "application/atom+xml";

    /// <summary>The feed as UTF-8 XML: every entry has an id, a title, an update date, a link to its page and a text summary.</summary>
    public byte[] ToXml()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "fr");
            xml.WriteElementString("id", Atom, Id);
            xml.WriteElementString("title", Atom, Title);
            xml.WriteElementString("updated", Atom, DatasetValues.Instant(UpdatedUtc));
            Link(xml, "self", Self, MediaType);
            Link(xml, "alternate", Page, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, Author);
            xml.WriteEndElement();
            foreach (var entry in Entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, entry.Id);
                xml.WriteElementString("title", Atom, entry.Title);
                xml.WriteElementString("updated", Atom, DatasetValues.Instant(entry.UpdatedUtc));
                Link(xml, "alternate", entry.Link, "text/html");
                if (entry.Category is { } category)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>One entry: a publication (a process, a proposition, a response, a follow-up) or a search result.</summary>
public sealed record AtomEntry(string Id, string Title, DateTime UpdatedUtc, string Link, string Summary, string? Category = null);
