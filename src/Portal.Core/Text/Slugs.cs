using System.Text.RegularExpressions;

namespace Portal.Core.Text;

/// <summary>The shape of every address segment and stable id the portal makes: lower-case ASCII words joined by dashes.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();
}
