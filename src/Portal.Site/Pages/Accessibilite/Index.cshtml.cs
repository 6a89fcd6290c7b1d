using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Site.Accessibility;

namespace Portal.Site.Pages.Accessibilite;

/// <summary>The published accessibility statement; without one, the page says « non conforme », as the law reads it.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class IndexModel(AccessibilityStatements statements) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public AccessibilityStatement? Statement { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Statement = await statements.PublishedAsync(cancellationToken);
}
