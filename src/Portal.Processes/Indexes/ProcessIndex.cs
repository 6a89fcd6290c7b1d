namespace Portal.Processes.Indexes;

/// <summary>Published processes, for lists, filters and the sitemap.</summary>
public sealed class ProcessIndex
{
    public required string ContentItemId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Organiser { get; set; }

    public required string Territory { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int Year { get; set; }

    public bool IsDemo { get; set; }

    /// <summary>Whether the process says how to take part (a « Participer » block), and until when one may register.</summary>
    public bool HasParticipation { get; set; }

    public DateOnly? RegistrationDeadline { get; set; }

    public DateTime PublishedUtc { get; set; }

    public List<ProcessThemeIndex> Themes { get; set; } = [];
}

/// <summary>One theme of a published process (a process has several).</summary>
public sealed class ProcessThemeIndex
{
    public long Id { get; set; }

    public required string ProcessId { get; set; }

    public required string Theme { get; set; }
}
