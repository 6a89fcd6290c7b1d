using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Cli;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

public sealed class AuditCommandTests
{
    [Fact]
    public async Task Audit_verify_says_intact_then_detects_a_tampered_row()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PortalFactory();
        using var output = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, output);

        var intact = await CliDispatcher.RunAsync(factory.Services, ["audit", "verify"], console, ct);
        Assert.Equal(0, intact);
        Assert.Contains("Journal d'audit intègre", output.ToString(), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.True(await db.Set<AuditEntry>().CountAsync(ct) > 100, "the demo recipe's writes are audited");
            await db.Set<AuditEntry>().Where(e => e.Sequence == 42).ExecuteUpdateAsync(u => u.SetProperty(e => e.Comment, "réécrit"), ct);
        }

        var tampered = await CliDispatcher.RunAsync(factory.Services, ["audit", "verify"], console, ct);
        Assert.Equal(1, tampered);
        Assert.Contains("ALTÉRÉ : entrée n° 42", output.ToString(), StringComparison.Ordinal);
    }
}
