using Portal.Processes.Content;

namespace Portal.OpenData.Reading;

/// <summary>Everything published on the site at one instant, as the open-data files, feeds and dossier read it.</summary>
public sealed record PublishedSnapshot(DateTime GeneratedUtc, IReadOnlyList<PublishedProcessContent> Processes)
{
    /// <summary>When published content last changed: the latest publication among what the snapshot holds.</summary>
    public DateTime ModifiedUtc => Processes.Select(p => p.LastPublishedUtc).DefaultIfEmpty(GeneratedUtc).Max();
}

/// <summary>One published item with its content item id and the dates the public may know (never who wrote it).</summary>
public sealed record Published<T>(string Id, T Content, DateTime PublishedUtc, DateTime? ApprovedUtc);

/// <summary>A published process with its published sections, propositions, responses and follow-ups.</summary>
public sealed record PublishedProcessContent(
    Published<Process> Root,
    Published<ProcessCharter>? Fiche,
    Published<Mandate>? Mandate,
    Published<PanelComposition>? Panel,
    IReadOnlyList<Published<Speaker>> Speakers,
    Published<CitizensOpinion>? Opinion,
    IReadOnlyList<PublishedProposition> Propositions,
    Published<Evaluation>? Evaluation)
{
    public string Slug => Root.Content.Slug;

    public DateTime LastPublishedUtc => new[] { Root.PublishedUtc }
        .Concat(Propositions.SelectMany(p => p.PublishedDates))
        .Concat(Speakers.Select(s => s.PublishedUtc))
        .Concat(new[] { Fiche?.PublishedUtc, Mandate?.PublishedUtc, Panel?.PublishedUtc, Opinion?.PublishedUtc, Evaluation?.PublishedUtc }.OfType<DateTime>())
        .Max();
}

/// <summary>A published proposition, its published response (if any) and follow-ups (oldest first).</summary>
public sealed record PublishedProposition(Published<Proposition> Item, Published<Response>? Response, IReadOnlyList<Published<FollowUp>> FollowUps)
{
    public string Code => Item.Content.Code;

    /// <summary>The status of the latest follow-up, or null.</summary>
    public string? LatestStatus => FollowUps.Count == 0 ? null : FollowUps[^1].Content.Status;

    internal IEnumerable<DateTime> PublishedDates =>
        new[] { Item.PublishedUtc }.Concat(Response is null ? [] : [Response.PublishedUtc]).Concat(FollowUps.Select(f => f.PublishedUtc));
}
