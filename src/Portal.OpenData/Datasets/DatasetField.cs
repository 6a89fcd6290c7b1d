namespace Portal.OpenData.Datasets;

/// <summary>The Table Schema types the datasets use, named as the specification names them.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names are Table Schema's types.")]
public enum FieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
}

/// <summary>
/// One column of a dataset, as its Table Schema describes it: a stable French snake-case name, a title, a description,
/// a type and its constraints. A pattern follows the Table Schema convention: it matches the whole value, without anchors.
/// </summary>
public sealed record DatasetField(string Name, string Title, FieldType Type, string Description, bool Required = false)
{
    public IReadOnlyList<string>? Enum { get; init; }

    public string? Pattern { get; init; }

    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>A Table Schema format (<c>uri</c> for addresses), or null for the type's default.</summary>
    public string? Format { get; init; }

    public string TypeName => Type switch
    {
        FieldType.String => "string",
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime",
        _ => throw new ArgumentOutOfRangeException(nameof(Type)),
    };
}
