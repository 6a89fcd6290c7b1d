using Portal.Core.Settings;

namespace Portal.Processes.Public;

/// <summary>The public body of a process page, shared by the public page and the staff preview.</summary>
public sealed record ProcessBodyModel(ProcessView Process, SiteSettings Site, IReadOnlyList<ProcessLink>? Links = null)
{
    public IEnumerable<ProcessLink> LinksFor(string section) => (Links ?? []).Where(l => l.Section == section);
}
