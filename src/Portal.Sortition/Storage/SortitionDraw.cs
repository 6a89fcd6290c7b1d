namespace Portal.Sortition.Storage;

/// <summary>
/// One draw for a process: what was committed (public from the commitment on), then the public
/// randomness, seed and result once revealed. Contact details live apart in <see cref="VolunteerContact"/>.
/// </summary>
public sealed class SortitionDraw
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string ProcessSlug { get; set; } = string.Empty;

    public string Algorithm { get; set; } = string.Empty;

    /// <summary>The canonical pool (pseudonymous IDs and features): exactly the bytes hashed, as UTF-8 text.</summary>
    public string PoolCsv { get; set; } = string.Empty;

    public string QuotasJson { get; set; } = string.Empty;

    public string CommitmentText { get; set; } = string.Empty;

    public string CommitmentHash { get; set; } = string.Empty;

    public DateTime CommittedUtc { get; set; }

    /// <summary>Reference population shares (percent) per feature and value, shown beside the quotas; not committed.</summary>
    public string? ReferenceSharesJson { get; set; }

    public string? PublicRandomness { get; set; }

    public string? SeedHex { get; set; }

    public string? ResultCsv { get; set; }

    public DateTime? DrawnUtc { get; set; }

    public bool IsDrawn => ResultCsv is not null;
}

/// <summary>A volunteer's contact details, keyed by draw and pseudonymous ID. Private: never in a page, a kit or a log.</summary>
public sealed class VolunteerContact
{
    public string DrawId { get; set; } = string.Empty;

    public string VolunteerId { get; set; } = string.Empty;

    /// <summary>The contact columns of the imported row (nom, email, téléphone…) as a JSON object.</summary>
    public string ContactsJson { get; set; } = "{}";
}
