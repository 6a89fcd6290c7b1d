using Portal.Core.Settings;

namespace Portal.Core.Content;

/// <summary>A module's business rules for the content records it owns, whoever writes them.</summary>
public interface IContentValidator
{
    /// <summary>Problems as (path relative to the record, French message); empty when valid or not this module's type.</summary>
    IEnumerable<(string Path, string Message)> Validate(object content, SiteSettings settings);
}
