namespace Portal.Processes.Content;

/// <summary>
/// « Participer »: how the public takes part in an upcoming or running process (CIPC: « s'informer sur les modalités du
/// dispositif, et le cas échéant, de s'y inscrire »). Who may take part, how (registration, online platform, meetings),
/// until when, what participants receive, and where the results will appear once it is closed.
/// </summary>
public sealed record Participation(
    string Eligibility,
    string? HowToTakePart = null,
    string? RegistrationUrl = null,
    string? RegistrationContact = null,
    string? PlatformUrl = null,
    IReadOnlyList<ParticipationMeeting>? Meetings = null,
    DateOnly? RegistrationOpens = null,
    DateOnly? RegistrationDeadline = null,
    string? Compensation = null,
    string? Childcare = null,
    string? AccessibilityArrangements = null,
    string? ResultsAt = null);

/// <summary>A meeting open to participants: where, on which day, at what time (free text: « 18 h – 21 h »).</summary>
public sealed record ParticipationMeeting(string Place, DateOnly Date, string? Time = null);
