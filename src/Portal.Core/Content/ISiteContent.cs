namespace Portal.Core.Content;

/// <summary>
/// Marks a record that belongs to the site rather than to a process (a free page, the accessibility statement): it is
/// created and edited from the back office without a process, and validated through the same workflow.
/// </summary>
public interface ISiteContent
{
}
