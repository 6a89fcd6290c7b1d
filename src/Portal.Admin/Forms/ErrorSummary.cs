namespace Portal.Admin.Forms;

/// <summary>
/// A back-office form's error summary (partial <c>_ErrorSummary</c>): a heading, then one line per problem, linking to
/// the field at fault by its id and naming it by its French label, as users read it beside the field.
/// </summary>
public sealed record ErrorSummary(string Heading, IReadOnlyList<SummaryLine> Lines);

/// <summary>One problem: its French message, and the field it is about (its id and label) when there is one.</summary>
public sealed record SummaryLine(string Message, string? FieldId = null, string? Label = null)
{
    /// <summary>A problem of one field.</summary>
    public static SummaryLine Of(string fieldId, string label, string message) => new(message, fieldId, label);
}
