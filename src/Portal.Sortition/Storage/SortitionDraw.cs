namespace Portal.Sortition.Storage;

/// <summary>
/// One draw for a process: what was committed (public from the commitment on), then the public
/// randomness, seed and result once revealed. Contact details live apart in <see cref="VolunteerContact"/>.
/// </summary>
public sealed class SortitionDraw
{
    public const string DefaultPurpose = "panel";

    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string ProcessSlug { get; set; } = string.Empty;

    /// <summary>What the draw chooses for the process (the panel by default): draws close per process and purpose.</summary>
    public string Purpose { get; set; } = DefaultPurpose;

    /// <summary>Set when this draw replaces an earlier revealed draw of the same process and purpose: the COPIL's decision, shown publicly.</summary>
    public string? RedrawReason { get; set; }

    /// <summary>
    /// 1 for the first revealed draw of a process and purpose, 2 for its redraw, and so on; null until revealed.
    /// A unique index on (process, purpose, round) lets only one reveal take each round, whatever runs twice.
    /// </summary>
    public int? Round { get; set; }

    /// <summary>Who is computing the preparation now (a random token per run): the compare-and-set guard of the commitment.</summary>
    public string? ClaimToken { get; set; }

    /// <summary>Last sign of life of the run computing the preparation; a run silent for long is taken as dead.</summary>
    public DateTime? HeartbeatUtc { get; set; }

    public string Algorithm { get; set; } = string.Empty;

    /// <summary>How the panel is chosen; decides the page's plain-French explanation.</summary>
    public DrawMethod Method { get; set; }

    /// <summary>Where the preparation stands: a fair distribution is computed in the background before the commitment.</summary>
    public DrawStatus Status { get; set; }

    /// <summary>Preparation progress, 0 to 100, while queued or running.</summary>
    public int ProgressPercent { get; set; }

    /// <summary>The last French progress or failure message for the operator (never personal data).</summary>
    public string? StatusMessage { get; set; }

    /// <summary>Time budget of the fair-distribution solver, in seconds.</summary>
    public int BudgetSeconds { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Maximin or LEXIMIN: the committed ticket table (<c>panels.csv</c>) once ready.</summary>
    public string? PanelsCsv { get; set; }

    /// <summary>Maximin or LEXIMIN: what the committed table achieved (<see cref="FairnessFigures"/> as JSON), stated publicly.</summary>
    public string? FairnessJson { get; set; }

    /// <summary>The canonical pool (pseudonymous IDs and features): exactly the bytes hashed, as UTF-8 text.</summary>
    public string PoolCsv { get; set; } = string.Empty;

    public string QuotasJson { get; set; } = string.Empty;

    /// <summary>The rule that will give the public randomness, as entered; it goes into the commitment.</summary>
    public string RandomnessRule { get; set; } = string.Empty;

    /// <summary>Empty until the draw is committed (<see cref="DrawStatus.Ready"/>).</summary>
    public string CommitmentText { get; set; } = string.Empty;

    public string CommitmentHash { get; set; } = string.Empty;

    public DateTime CommittedUtc { get; set; }

    /// <summary>Reference population shares (percent) per feature and value, shown beside the quotas; not committed.</summary>
    public string? ReferenceSharesJson { get; set; }

    public string? PublicRandomness { get; set; }

    /// <summary>When the public randomness became known (as the operator states it at the reveal); the commitment must be public before.</summary>
    public DateTime? RandomnessUtc { get; set; }

    public string? SeedHex { get; set; }

    public string? ResultCsv { get; set; }

    public DateTime? DrawnUtc { get; set; }

    public bool IsDrawn => ResultCsv is not null;

    /// <summary>Committed: the commitment exists and may be shown; queued, running or failed preparations are private.</summary>
    public bool IsCommitted => Status == DrawStatus.Ready;
}

/// <summary>
/// A draw's preparation. The numeric values are stored as names; <see cref="Ready"/> is first so a
/// draw created before preparations existed (already committed) reads as ready.
/// </summary>
public enum DrawStatus
{
    /// <summary>Committed: the commitment is stored and public; the draw can be revealed.</summary>
    Ready = 0,

    /// <summary>Waiting for the background worker (or the operator's command) to compute the fair distribution.</summary>
    Queued = 1,

    /// <summary>The solver is running; see the progress.</summary>
    Running = 2,

    /// <summary>The solver failed; nothing was committed; see the message. It can be started again.</summary>
    Failed = 3,
}

/// <summary>How members are chosen.</summary>
public enum DrawMethod
{
    /// <summary>Exact cell quotas: a shuffle per cell (<c>portal-cellules/1</c>).</summary>
    Cells = 0,

    /// <summary>Min/max quotas, the sequential stratified fallback (<c>portal-sequentiel/2</c>; <c>/1</c> before substitutes by profile).</summary>
    Sequential = 1,

    /// <summary>Min/max quotas, committed lottery over panels maximising the lowest chance (<c>portal-loterie/2</c>).</summary>
    Maximin = 2,

    /// <summary>Min/max quotas, committed lottery over panels from LEXIMIN (<c>portal-loterie/2</c>).</summary>
    Leximin = 3,
}

/// <summary>A volunteer's contact details, keyed by draw and pseudonymous ID. Private: never in a page, a kit or a log.</summary>
public sealed class VolunteerContact
{
    public string DrawId { get; set; } = string.Empty;

    public string VolunteerId { get; set; } = string.Empty;

    /// <summary>The contact columns of the imported row (nom, email, téléphone…) as a JSON object.</summary>
    public string ContactsJson { get; set; } = "{}";
}
