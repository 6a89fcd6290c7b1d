using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Lets a module react, inside the same transaction, when a frozen version (one submitted for review) is edited:
/// the store has already started a newer draft beside it.
/// </summary>
public interface IContentEditHandler
{
    Task SubmittedVersionEditedAsync(ContentEditContext context, CancellationToken cancellationToken);
}

/// <summary>The open database context, the withdrawn version, the new draft and who edited.</summary>
public sealed record ContentEditContext(PortalDbContext Db, ContentItemVersion Withdrawn, ContentItemVersion Draft, string Actor);
