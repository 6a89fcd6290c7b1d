namespace Portal.OpenData.Dossier;

/// <summary>
/// What a dossier is made of, whatever its format: a title, headings of three levels, paragraphs, validation stamps
/// and tables with a header row. The Word and PDF writers lay the same content out, each with its format's structure
/// (Word styles and outline levels; PDF tags), so both stay equal by construction.
/// </summary>
internal interface IDossierWriter : IDisposable
{
    void Title(string text);

    void Heading(int level, string text);

    /// <summary>A text, one paragraph per paragraph of the text (blank lines separate them; single line breaks are kept).</summary>
    void Text(string? text);

    void Stamp(string text);

    void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows);

    byte[] ToBytes(string title);
}

/// <summary>The formats a dossier is offered in, with their media types and the words of their links.</summary>
internal sealed record DossierFormat(string Extension, string MediaType, string Label, Func<IDossierWriter> Create)
{
    public static readonly DossierFormat Word = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", () => new WordDocument());

    public static readonly DossierFormat Pdf = new("pdf", "application/pdf", "PDF", () => new PdfDossierDocument());

    public static readonly IReadOnlyList<DossierFormat> All = [Word, Pdf];

    public static DossierFormat? Of(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
