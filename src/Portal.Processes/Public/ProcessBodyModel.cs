using Microsoft.AspNetCore.Http;
using Portal.Core.Public;
using Portal.Core.Settings;

namespace Portal.Processes.Public;

/// <summary>
/// The public body of a process page, shared by the public page, the staff preview and archived versions:
/// the process's sections, one page of its propositions, and the address the list's links point to.
/// </summary>
/// <param name="Blocks">Other modules' sections of the process (its news…), after the CIPC sections.</param>
public sealed record ProcessBodyModel(
    ProcessView Process, SiteSettings Site, PropositionListing Listing, string Path, IReadOnlyList<ProcessLink>? Links = null, ProcessGovernance? Governance = null,
    IReadOnlyList<PublicBlock>? Blocks = null)
{
    /// <summary>Whether a link leads to a file (a path ending in an extension, before its query) rather than a page.</summary>
    public static bool IsFile(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        var path = href.Split('?', 2)[0];
        return System.IO.Path.HasExtension(path[(path.LastIndexOf('/') + 1)..]);
    }

    /// <summary>For a view read in full (preview, archive): the list is filtered and cut from it.</summary>
    public static ProcessBodyModel FromFullView(ProcessView process, SiteSettings site, IQueryCollection query, string path)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new(process, site, PropositionListing.Build(process.Propositions.Select(PropositionSummary.Of), ReadFilter(query)), path);
    }

    public IEnumerable<ProcessLink> LinksFor(string section) => (Links ?? []).Where(l => l.Section == section);

    public string Permalink(string code) => $"/demarches/{Process.Process.Slug}/propositions/{Uri.EscapeDataString(code)}";

    /// <summary>The address of one view of the list; works without JavaScript and lands on the list.</summary>
    public string ListUrl(PropositionFilter filter) => PropositionFilters.Url(Path, filter) + "#propositions";

    /// <summary>The list's filters from the query string; blank or malformed values are ignored.</summary>
    public static PropositionFilter ReadFilter(IQueryCollection query) => PropositionFilters.Read(query);
}
