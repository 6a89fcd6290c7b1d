using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>An attacker with database access (but not the key file) can no longer rewrite or truncate the trail unnoticed.</summary>
public sealed class AuditAnchorTests
{
    [Fact]
    public async Task A_chain_rewritten_with_recomputed_unkeyed_hashes_is_detected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PortalFactory();
        await RewriteChainAsync(factory, (entry, _) => AuditHash.Of(entry), entry => entry.Sequence == 42 ? "réécrit" : entry.Comment, ct);

        var (code, output) = await VerifyAsync(factory, ct);

        Assert.Equal(1, code);
        Assert.Contains("Journal d'audit ALTÉRÉ : entrée n° 1 : son contenu a été modifié", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_last_entries_is_detected_against_the_anchored_head()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PortalFactory();
        long last;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            last = await db.Set<AuditEntry>().MaxAsync(e => e.Sequence, ct);
            await db.Set<AuditEntry>().Where(e => e.Sequence > last - 3).ExecuteDeleteAsync(ct);
        }

        var (code, output) = await VerifyAsync(factory, ct);

        Assert.Equal(1, code);
        Assert.Contains($"le journal s'arrête à l'entrée n° {last - 3} alors que la tête ancrée hors de la base est l'entrée n° {last} : des entrées ont été supprimées", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_written_before_the_key_verify_as_legacy_and_are_named_so()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PortalFactory();
        var key = factory.Services.GetRequiredService<AuditKey>();
        Assert.True(File.Exists(key.FilePath), "the key is created at first start, outside the database");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.FilePath));
        }

        // As on a site upgraded after ten entries: those carry the old unkeyed hash, the rest the MAC.
        var head = await RewriteChainAsync(factory, (entry, bytes) => entry.Sequence <= 10 ? AuditHash.Of(entry) : AuditHash.Keyed(entry, bytes), entry => entry.Comment, ct);
        var anchor = factory.Services.GetRequiredService<AuditHeadAnchor>();
        await File.WriteAllTextAsync(anchor.FilePath, JsonSerializer.Serialize(head with { FirstKeyedSequence = 11 }), ct);

        var (code, output) = await VerifyAsync(factory, ct);

        Assert.Equal(0, code);
        Assert.Contains("Dont 10 entrée(s) anciennes (n° 1 à 10), écrites avant la clé d'audit", output, StringComparison.Ordinal);
    }

    /// <summary>Recomputes every link as an attacker (or an upgrade) would; returns the new last entry as a head.</summary>
    private static async Task<AuditHead> RewriteChainAsync(PortalFactory factory, Func<AuditEntry, byte[], string> hash, Func<AuditEntry, string?> comment, CancellationToken ct)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var key = scope.ServiceProvider.GetRequiredService<AuditKey>().Bytes;
        var previous = AuditHash.Genesis;
        var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var entry in entries)
        {
            entry.Comment = comment(entry);
            entry.PreviousHash = previous;
            entry.Hash = hash(entry, key);
            previous = entry.Hash;
        }

        await db.SaveChangesAsync(ct);
        return new AuditHead(entries[^1].Sequence, entries[^1].Hash, 1);
    }

    private static async Task<(int Code, string Output)> VerifyAsync(PortalFactory factory, CancellationToken ct)
    {
        using var output = new StringWriter();
        var code = await CliDispatcher.RunAsync(factory.Services, ["audit", "verify"], new CliConsole(new StringReader(string.Empty), output, output), ct);
        return (code, output.ToString());
    }
}
