using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Suivi;

/// <summary>
/// The demo's published propositions as plain JSON read straight from the versions table: what the dashboard tests
/// compare the pages with, computed without the portal's readers, index tables or figures code.
/// </summary>
internal sealed record DemoProposition(string ProcessId, string Code, string? Decision, DateOnly? HandOver, DateOnly? Due, DateOnly? RespondedOn, DateOnly? LastFollowUp, int Commitments, int LateCommitments, int AbandonedCommitments, string? Grade = null);

internal static class DemoPublished
{
    public static async Task<List<DemoProposition>> ReadAsync(PortalFactoryBase factory, DateOnly today, CancellationToken ct)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var versions = await db.ContentItemVersions.AsNoTracking().Where(v => v.Published && v.ProcessId != null)
            .Select(v => new { v.ContentItemId, v.ProcessId, v.ContainerId, v.ContentType, v.Data }).ToListAsync(ct);
        DateOnly? Date(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? DateOnly.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var opinions = versions.Where(v => v.ContentType == "AvisCitoyens").ToDictionary(v => v.ProcessId!, v => JsonDocument.Parse(v.Data).RootElement);
        var result = new List<DemoProposition>();
        foreach (var p in versions.Where(v => v.ContentType == "Proposition"))
        {
            var proposition = JsonDocument.Parse(p.Data).RootElement;
            var opinion = opinions[p.ProcessId!];
            var referral = proposition.TryGetProperty("referral", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var start = referral is null ? opinion : opinion.GetProperty("referrals").EnumerateArray().Single(x => x.GetProperty("key").GetString() == referral);
            var handOver = Date(start, "handOverDate");
            int? months = start.TryGetProperty("responseDelayMonths", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32()
                : opinion.TryGetProperty("responseDelayMonths", out var om) && om.ValueKind == JsonValueKind.Number ? om.GetInt32() : null;
            var response = versions.Where(v => v.ContainerId == p.ContentItemId && v.ContentType == "ReponseMotivee").Select(v => JsonDocument.Parse(v.Data).RootElement).Cast<JsonElement?>().FirstOrDefault();
            var followUps = versions.Where(v => v.ContainerId == p.ContentItemId && v.ContentType == "Suivi").Select(v => JsonDocument.Parse(v.Data).RootElement).OrderBy(f => Date(f, "date")).ToList();
            var states = new Dictionary<int, (string State, DateOnly? Deadline)>();
            var rank = 0;
            foreach (var c in response?.GetProperty("commitments").EnumerateArray() ?? Enumerable.Empty<JsonElement>())
            {
                states[++rank] = (c.GetProperty("state").GetString()!, Date(c, "deadline"));
            }

            foreach (var f in followUps)
            {
                foreach (var u in f.TryGetProperty("commitments", out var us) && us.ValueKind == JsonValueKind.Array ? us.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var n = u.GetProperty("engagement").GetInt32();
                    states[n] = (u.GetProperty("state").GetString()!, states[n].Deadline);
                }
            }

            result.Add(new DemoProposition(
                p.ProcessId!, proposition.GetProperty("code").GetString()!, response?.GetProperty("decision").GetString(), handOver,
                handOver is { } h && months is { } mm ? h.AddMonths(mm) : null, response is { } rr ? Date(rr, "respondedOn") : null,
                followUps.Count == 0 ? null : Date(followUps[^1], "date"), states.Count,
                states.Values.Count(s => s.Deadline < today && s.State is "a-engager" or "en-cours"), states.Values.Count(s => s.State == "abandonne"),
                versions.Where(v => v.ContainerId == p.ContentItemId && v.ContentType == "AppreciationComiteSuivi").Select(v => JsonDocument.Parse(v.Data).RootElement.GetProperty("grade").GetString()).FirstOrDefault()));
        }

        return result;
    }

    public static decimal Median(IEnumerable<int> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2m;
    }
}
