using System.Text.Json.Nodes;

namespace Portal.Core.Recipes;

/// <summary>
/// A module's share of one published process written back as a recipe (the public « recette » of the process): the
/// step its own recipe handler reads, built from published content only, without accounts, authors or anything that
/// is not public. The parts are written in the order of <see cref="Order"/>; a part with nothing to say gives null.
/// </summary>
public interface IProcessRecipePart
{
    /// <summary>Where the step goes among the others (the process's content first, then what points to it).</summary>
    int Order { get; }

    Task<JsonObject?> StepAsync(ProcessRecipeScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// The process being exported, and the media files the steps written before this one point to (a document's
/// <c>mediaId</c>, a news item's <c>imageId</c>), so that the media part carries exactly those.
/// </summary>
public sealed record ProcessRecipeScope(string ProcessId, string Slug, IReadOnlySet<string> MediaIds);
