using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Imports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Imports;

/// <summary>Large imports commit in short batches: all or nothing, and other editors keep saving meanwhile.</summary>
public sealed class ImportScaleTests
{
    [Theory, DatabaseEngines]
    public async Task An_editor_saves_while_a_10000_line_import_is_being_written_and_nothing_is_lost(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        var section = bench.Process + "/avis";
        ContentItemVersion draft;
        await using (var scope = bench.Database.Scope())
        {
            draft = (await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
                new NewContentItem(new CitizensOpinion("Synthèse initiale.", null, null), "redaction") { ContentItemId = section, ProcessId = bench.Process }, ct)).Version!;
        }

        var preview = await bench.AnalyseAsync(Lines(10_000));
        Assert.True(preview.CanCommit);

        // The editor saves as soon as the import has written its first batch; the import goes on meanwhile.
        ContentResult? saved = null;
        var reports = new List<int>();
        var progress = new InlineProgress(written =>
        {
            reports.Add(written);
            if (saved is null)
            {
                saved = Task.Run(async () =>
                {
                    await using var scope = bench.Database.Scope();
                    return await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveDraftAsync(
                        section, new CitizensOpinion("Synthèse revue pendant l'import.", null, null), "redaction", draft.ConcurrencyStamp, ct);
                }).WaitAsync(TimeSpan.FromSeconds(30), ct).GetAwaiter().GetResult();
            }
        });

        var outcome = await bench.CommitAsync(preview, progress, ct);

        Assert.True(saved!.Succeeded, $"the editor's save during the import: {saved.Outcome}");
        Assert.Equal(ContentOutcome.Ok, outcome);
        Assert.Equal(ContentStaging.BatchSize, reports[0]);
        Assert.Equal(10_000, reports[^1]);
        Assert.Equal("Synthèse revue pendant l'import.", (await bench.LatestAsync<CitizensOpinion>(section)).Synthesis);
        var versions = await bench.VersionsAsync();
        Assert.Equal(10_000, versions.Count(v => v.ContentType == "Proposition" && v.Latest && v.Status == ContentStatus.Draft));
        Assert.DoesNotContain(versions, v => v.Status == ContentStatus.Staged);
        await using var check = bench.Database.Scope();
        Assert.Equal(10_000, await check.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.Created && e.ContentType == "Proposition", ct));
        Assert.True((await check.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct)).Intact);
    }

    [Theory, DatabaseEngines]
    public async Task An_import_that_fails_half_way_writes_nothing(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        var preview = await bench.AnalyseAsync(Lines(1_000));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        // The request goes away after 600 lines are written (3 batches).
        var progress = new InlineProgress(written =>
        {
            if (written >= 600)
            {
                stop.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bench.CommitAsync(preview, progress, stop.Token));

        Assert.Empty(await bench.VersionsAsync());
        await bench.ImportAsync(Lines(1_000));
        Assert.Equal(1_000, (await bench.VersionsAsync()).Count);
    }

    private static string Lines(int count)
    {
        var csv = new StringBuilder("code;titre;texte;thème\n");
        for (var i = 1; i <= count; i++)
        {
            csv.Append("G-").Append(i).Append(";Proposition ").Append(i).Append(";\"Texte de la proposition ").Append(i).Append(".\nSur deux lignes.\";Thème ").Append(i % 12).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Reports on the import's own thread, at once (<see cref="Progress{T}"/> would post them elsewhere, later).</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
