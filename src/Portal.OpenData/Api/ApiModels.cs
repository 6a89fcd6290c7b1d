using Portal.Processes.Content;

namespace Portal.OpenData.Api;

/// <summary>Links of one page of a list: this page, the first, the last, and the next and previous when there are.</summary>
public sealed record PageLinks(string Self, string First, string Last, string? Next, string? Prev);

/// <summary>One page of published processes (12 a page), newest first.</summary>
public sealed record ProcessPage(int Total, int Page, int PageCount, IReadOnlyList<ProcessItem> Items, PageLinks Links);

/// <summary>A published process as lists show it; <c>phase</c> is a-venir, en-cours, terminee or suivi.</summary>
public sealed record ProcessItem(
    string Slug, string Title, string Summary, string Organiser, string Territory, IReadOnlyList<string> Themes,
    DateOnly StartDate, DateOnly? EndDate, string Phase, bool IsDemo, string Url, string Api);

/// <summary>
/// A published process with all its published sections (the records as the recipes write them); its propositions are
/// listed by <c>propositions</c>, one page at a time.
/// </summary>
public sealed record ProcessDetail(
    ProcessItem Process,
    DateTime PublishedUtc,
    ProcessCharter? Charter,
    Mandate? Mandate,
    PanelComposition? Panel,
    IReadOnlyList<Speaker> Speakers,
    CitizensOpinion? Opinion,
    Evaluation? Evaluation,
    int PropositionCount,
    int ResponseCount,
    string Propositions,
    string Dossier,
    string Feed);

/// <summary>One page of a process's published propositions (50 a page), in the order of the opinion.</summary>
public sealed record PropositionPage(int Total, int Matching, int Page, int PageCount, IReadOnlyList<PropositionItem> Items, PageLinks Links);

/// <summary>A proposition as lists show it: its decision and latest follow-up status are keys of the site's vocabularies.</summary>
public sealed record PropositionItem(string Code, string Title, string Theme, string? Decision, string? FollowUpStatus, string Url, string Api);

/// <summary>A published proposition in full, with its published response and follow-ups (oldest first), labels in French.</summary>
public sealed record PropositionDetail(
    string Process,
    Proposition Proposition,
    ResponseDetail? Response,
    IReadOnlyList<FollowUpDetail> FollowUps,
    string Url,
    string Feed);

public sealed record ResponseDetail(Response Response, string DecisionLabel, DateTime? PublishedUtc, DateTime? ApprovedUtc);

public sealed record FollowUpDetail(FollowUp FollowUp, string StatusLabel);
