using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.OpenData.Reading;
using Portal.Processes.Content;

namespace Portal.OpenData.Dossier;

/// <summary>
/// « Rapport des propositions »: for one referral of the citizens' opinion (or the whole opinion when it was handed over
/// at once), a summary table of its propositions with the organiser's decision and the latest follow-up, then every
/// proposition with its motivated response, commitments and follow-ups. The document a referral's answer is sent with.
/// </summary>
internal static class PropositionsReport
{
    /// <summary>The key of the report gathering propositions that name no known referral.</summary>
    public const string WithoutReferral = "sans-saisine";

    /// <summary>The reports a process offers: one per referral, or one for the whole opinion.</summary>
    public static IReadOnlyList<ReportScope> Scopes(PublishedProcessContent process)
    {
        var opinion = process.Opinion?.Content;
        var referrals = opinion?.Referrals ?? [];
        if (referrals.Count == 0)
        {
            return process.Propositions.Count == 0 ? [] : [new(null, "Avis des citoyens", opinion?.HandOverDate, opinion?.ResponseDelayMonths, process.Propositions)];
        }

        var scopes = referrals
            .Select(r => new ReportScope(r.Key, r.Name, r.HandOverDate, r.ResponseDelayMonths ?? opinion!.ResponseDelayMonths, [.. process.Propositions.Where(p => p.Item.Content.Referral == r.Key)]))
            .ToList();
        var known = referrals.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var others = process.Propositions.Where(p => p.Item.Content.Referral is not { } key || !known.Contains(key)).ToList();
        if (others.Count > 0)
        {
            scopes.Add(new(WithoutReferral, "Propositions hors saisine", opinion!.HandOverDate, opinion.ResponseDelayMonths, others));
        }

        return scopes;
    }

    public static byte[] Write(IDossierWriter word, PublishedProcessContent process, ReportScope scope, SiteSettings site, string permalink)
    {
        var d = process.Root.Content;
        var title = $"Rapport des propositions — {scope.Name}";
        word.Title(title);
        word.Text($"{d.Title} — {d.Organiser}.");
        if (scope.HandOverDate is { } handOver)
        {
            word.Text($"Avis remis le {French.Date(handOver)}." + (scope.DelayMonths is { } months
                ? $" Délai de réponse promis : {French.Count(months, "mois", "mois")}, soit une réponse attendue au plus tard le {French.Date(handOver.AddMonths(months))}."
                : string.Empty));
        }

        var answered = scope.Propositions.Count(p => p.Response is not null);
        word.Text($"{French.Count(scope.Propositions.Count, "proposition", "propositions")}, dont {French.Number(answered)} avec une réponse motivée publiée. "
            + $"Établi à partir des seules versions publiées. Version en ligne : {permalink}");

        word.Heading(1, "Synthèse");
        word.Table(["Code", "Proposition", "Décision", "Dernier état du suivi"], scope.Propositions.Select(p => (IReadOnlyList<string?>)
            [p.Code, p.Item.Content.Title, p.Response is { } r ? site.DecisionLabel(r.Content.Decision) : "Pas encore de réponse", p.LatestStatus is { } s ? site.FollowUpStatusLabel(s) : "—"]));

        word.Heading(1, "Propositions et réponses");
        ProcessDossier.Propositions(word, scope.Propositions, site);
        return word.ToBytes(title);
    }
}

/// <summary>The propositions one report covers: a referral's (<see cref="Key"/>), or the whole opinion's (no key).</summary>
internal sealed record ReportScope(string? Key, string Name, DateOnly? HandOverDate, int? DelayMonths, IReadOnlyList<PublishedProposition> Propositions);
