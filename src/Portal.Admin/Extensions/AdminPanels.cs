using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Extensions;

/// <summary>Collects the panels every module offers for one place of a page, in order.</summary>
public sealed class AdminPanels(IEnumerable<IAdminPanel> sources)
{
    public async Task<IReadOnlyList<AdminPanel>> ForAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        var panels = new List<AdminPanel>();
        foreach (var source in sources)
        {
            if (await source.BuildAsync(context, cancellationToken) is { } panel)
            {
                panels.Add(panel);
            }
        }

        return [.. panels.OrderBy(p => p.Order)];
    }

    /// <summary>The current address (path and query), where a panel's forms return.</summary>
    public static string Here(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path + request.QueryString;
    }
}
