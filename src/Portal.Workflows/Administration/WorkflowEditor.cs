using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;

namespace Portal.Workflows.Administration;

/// <summary>
/// Administrators' changes to workflow definitions: validated, refused when the form was stale,
/// written with a conditional update (two saves of one form cannot both win), and audited in the
/// same transaction.
/// </summary>
public sealed class WorkflowEditor(PortalDbContext db, WorkflowStore store, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<EditableWorkflow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.SiteSettings.AsNoTracking().Where(s => s.Key.StartsWith(WorkflowStore.KeyPrefix))
            .OrderBy(s => s.Key).ToListAsync(cancellationToken);
        return [.. rows.Select(r => Editable(r.Value, r.ModifiedUtc))];
    }

    public async Task<EditableWorkflow?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == WorkflowStore.Key(name), cancellationToken);
        return row is null ? null : Editable(row.Value, row.ModifiedUtc);
    }

    /// <summary>Saves a changed definition if <paramref name="stamp"/> is still the stored one and the definition is valid.</summary>
    public async Task<WorkflowEditResult> SaveAsync(WorkflowDefinition definition, string stamp, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var key = WorkflowStore.Key(definition.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.SiteSettings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return WorkflowEditResult.Of(WorkflowEditOutcome.NotFound);
        }

        if (Stamp(stored) != stamp)
        {
            return WorkflowEditResult.Of(WorkflowEditOutcome.Stale);
        }

        var problems = WorkflowDefinitionValidator.Check(definition, await store.KnownRolesAsync(cancellationToken));
        if (problems.Count > 0)
        {
            return new WorkflowEditResult(WorkflowEditOutcome.Invalid, problems);
        }

        var json = JsonSerializer.Serialize(definition, ContentTypeRegistry.JsonOptions);
        if (json == stored)
        {
            return WorkflowEditResult.Of(WorkflowEditOutcome.Unchanged);
        }

        // Only if nobody wrote since we read: the database decides between two concurrent saves.
        var now = StoredTime.UtcNow(clock);
        var updated = await db.SiteSettings.Where(s => s.Key == key && s.Value == stored)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, json).SetProperty(s => s.ModifiedUtc, now), cancellationToken);
        if (updated == 0)
        {
            return WorkflowEditResult.Of(WorkflowEditOutcome.Stale);
        }

        var revision = await db.Set<AuditEntry>().Where(e => e.ContentItemId == key && e.ContentType == AuditSubject.SettingType)
            .MaxAsync(e => (int?)e.Version, cancellationToken) ?? 0;
        var before = JsonSerializer.Deserialize<WorkflowDefinition>(stored, ContentTypeRegistry.JsonOptions)!;
        await audit.AppendAsync(actor, AuditActions.SettingChanged, AuditSubject.Setting(key, revision + 1), WorkflowChanges.Describe(before, definition), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowEditResult.Of(WorkflowEditOutcome.Saved);
    }

    /// <summary>Identifies the stored text a form was built from (the clock may not move between two saves; the text does).</summary>
    public static string Stamp(string storedJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storedJson)))[..32];

    private static EditableWorkflow Editable(string json, DateTime modifiedUtc) =>
        new(JsonSerializer.Deserialize<WorkflowDefinition>(json, ContentTypeRegistry.JsonOptions)!, Stamp(json), modifiedUtc);
}

/// <summary>A stored definition with the stamp a form carries back, and when it was last changed.</summary>
public sealed record EditableWorkflow(WorkflowDefinition Definition, string Stamp, DateTime ModifiedUtc);

public enum WorkflowEditOutcome
{
    Saved,
    Unchanged,
    Invalid,
    Stale,
    NotFound,
}

/// <summary>What became of a save, with the definition's problems when it was invalid.</summary>
public sealed record WorkflowEditResult(WorkflowEditOutcome Outcome, IReadOnlyList<(string Path, string Message)> Problems)
{
    public static WorkflowEditResult Of(WorkflowEditOutcome outcome) => new(outcome, []);
}
