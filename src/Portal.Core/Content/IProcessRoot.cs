namespace Portal.Core.Content;

/// <summary>Marks the content record of a process ("démarche"): its items' <c>ProcessId</c> is its own id.</summary>
public interface IProcessRoot
{
}
