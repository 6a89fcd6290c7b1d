using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>
/// What the workflow panel shows: an item's tracks and history, where its forms come back to, and the fields a
/// reviewer may comment on one by one when sending back (empty: a single overall comment).
/// </summary>
public sealed record WorkflowPanelModel(ItemWorkflow Item, string ReturnUrl, IReadOnlyList<(string Path, string Label)> Fields);
