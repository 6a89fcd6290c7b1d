using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Asks the derived indexes of some processes (search, for one) to be rebuilt when something they show changed
/// outside publication, such as the organisation that owns a process. Adds its rows to <paramref name="db"/>'s unit
/// of work: they are written exactly when the caller's change is saved.
/// </summary>
public interface IProcessReindexRequests
{
    void Queue(PortalDbContext db, IEnumerable<string> processIds);
}
