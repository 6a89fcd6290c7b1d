using System.Security.Claims;
using Portal.Core.Content;

namespace Portal.Admin.Extensions;

/// <summary>
/// Lets a module put its own block on a back-office page of the shell or of another module (the workflow
/// panel on an edit page, the inbox notice on the home page) without that page knowing the module.
/// </summary>
public interface IAdminPanel
{
    /// <summary>The block for this place, or null when the module has nothing to show there.</summary>
    Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken);
}

/// <summary>Where a panel goes.</summary>
public enum AdminPanelPlace
{
    /// <summary>The back-office home page.</summary>
    Home,

    /// <summary>The edit page of one content item (<see cref="AdminPanelContext.Item"/>).</summary>
    Item,

    /// <summary>The back-office page of a root item, such as a process (<see cref="AdminPanelContext.Item"/>).</summary>
    Root,
}

/// <summary>The page asking for panels: the place, the item shown there if any, the person, and where forms come back.</summary>
public sealed record AdminPanelContext(AdminPanelPlace Place, ContentItemVersion? Item, ClaimsPrincipal User, string ReturnUrl);

/// <summary>
/// A partial view and its model. <paramref name="FieldRemarks"/> are comments on single fields that the
/// edit page shows beside them (e.g. a reviewer's remarks when sending a version back).
/// </summary>
public sealed record AdminPanel(string PartialName, object Model, int Order = 100)
{
    public IReadOnlyDictionary<string, string> FieldRemarks { get; init; } = new Dictionary<string, string>();
}
