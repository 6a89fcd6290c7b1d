using Portal.Core.Settings;

namespace Portal.Processes.Content;

/// <summary>
/// The statuses of a commitment, a fixed vocabulary (dashboards compare them across organisers). « En retard » is not one
/// of them: a commitment is late when its deadline has passed while it is still to start or in progress.
/// </summary>
public static class CommitmentStatuses
{
    public const string ToStart = "a-engager";
    public const string InProgress = "en-cours";
    public const string Done = "realise";
    public const string PartlyDone = "partiellement-realise";
    public const string Abandoned = "abandonne";

    /// <summary>The derived « en retard », used in filters and figures only, never stored.</summary>
    public const string Late = "en-retard";

    public static readonly IReadOnlyList<VocabularyTerm> All =
    [
        new(ToStart, "À engager"),
        new(InProgress, "En cours"),
        new(Done, "Réalisé"),
        new(PartlyDone, "Partiellement réalisé"),
        new(Abandoned, "Abandonné"),
    ];

    public static string Label(string status) =>
        status == Late ? "En retard" : All.FirstOrDefault(s => s.Key == status)?.Label ?? status;

    public static bool IsKnown(string? status) => All.Any(s => s.Key == status);

    /// <summary>Late: the deadline is past (strictly before today) and the work is still to start or in progress.</summary>
    public static bool IsLate(string status, DateOnly? deadline, DateOnly today) =>
        deadline is { } due && due < today && status is ToStart or InProgress;

    /// <summary>The status as the public reads it today: « en retard » in place of an open status past its deadline.</summary>
    public static string Shown(string status, DateOnly? deadline, DateOnly today) => IsLate(status, deadline, today) ? Late : status;

    /// <summary>What a problem with a typed status says, in French.</summary>
    public static string? Problem(string? status) => status switch
    {
        Late => "« en retard » ne se saisit pas : il se déduit de l'échéance (possibles : " + Possible + ")",
        _ when !IsKnown(status) => $"état d'engagement inconnu « {status} » (possibles : {Possible})",
        _ => null,
    };

    private static string Possible => string.Join(", ", All.Select(s => $"« {s.Key} »"));
}
