using Portal.Core.Settings;
using Portal.Processes.Content;

namespace Portal.Processes.Recipes;

/// <summary>Checks a whole process document, reporting paths relative to the document.</summary>
public static class ProcessDocumentValidator
{
    public static void Check(ProcessDocument document, SiteSettings settings, ProcessRules.Report report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        if (!ProcessRules.SlugPattern().IsMatch(document.Id))
        {
            report("id", "l'identifiant ne contient que des minuscules sans accent, des chiffres et des tirets");
        }

        ProcessRules.Check(document.Process, (p, m) => report("demarche." + p, m));
        if (document.Panel is { } panel)
        {
            ProcessRules.Check(panel, (p, m) => report("panel." + p, m));
        }

        var speakers = document.Intervenants ?? [];
        foreach (var duplicate in speakers.Select((s, i) => (Key: ProcessItemIds.Slugify(s.Name), Index: i)).GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            report($"intervenants[{duplicate.Last().Index}].name", "intervenant en double");
        }

        for (var i = 0; i < speakers.Count; i++)
        {
            ProcessRules.Check(speakers[i], (p, m) => report($"intervenants[{i}].{p}", m));
        }

        CheckDocuments(document, report);
        if (document.Evaluation is { } evaluation)
        {
            ProcessRules.Check(evaluation, (p, m) => report("evaluation." + p, m));
        }

        if (document.Avis is { } avis)
        {
            ProcessRules.Check(avis, (p, m) => report("avis." + p, m));
        }

        if (document.NotesComite is { } scores)
        {
            ProcessRules.Check(scores, (p, m) => report("notesComite." + p, m));
            ProcessRules.CheckThemes(scores, document.Process.Themes ?? [], (p, m) => report("notesComite." + p, m));
        }

        CheckPropositions(document, settings, report);
    }

    private static void CheckDocuments(ProcessDocument document, ProcessRules.Report report)
    {
        var documents = document.Documents ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            ProcessRules.Check(documents[i], (p, m) => report($"documents[{i}].{p}", m));
            if (!ids.Add(ProcessItemIds.Document(document.Id, documents[i])))
            {
                report($"documents[{i}].title", "document en double (même type et même titre)");
            }
        }
    }

    private static void CheckPropositions(ProcessDocument document, SiteSettings settings, ProcessRules.Report report)
    {
        var referrals = (document.Avis?.Referrals ?? []).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var propositions = document.Propositions ?? [];
        for (var i = 0; i < propositions.Count; i++)
        {
            var proposition = propositions[i];
            var path = $"propositions[{i}]";
            ProcessRules.Check(proposition.ToProposition(i + 1), (p, m) => report($"{path}.{p}", m));
            if (!codes.Add(proposition.Code))
            {
                report($"{path}.code", $"code « {proposition.Code} » en double dans la démarche");
            }

            if (proposition.Referral is { } referral && !referrals.Contains(referral))
            {
                report($"{path}.referral", $"saisine inconnue « {referral} » (l'avis n'en déclare pas sous cette clé)");
            }

            if (proposition.Reponse is { } response)
            {
                ProcessRules.Check(response, settings, (p, m) => report($"{path}.reponse.{p}", m));
            }

            if (proposition.Appreciation is { } assessment)
            {
                ProcessRules.Check(assessment, (p, m) => report($"{path}.appreciation.{p}", m));
            }

            var followUps = proposition.Suivis ?? [];
            var commitments = proposition.Reponse?.Commitments.Count ?? 0;
            for (var s = 0; s < followUps.Count; s++)
            {
                ProcessRules.Check(followUps[s], settings, (p, m) => report($"{path}.suivis[{s}].{p}", m));
                var updates = followUps[s].Commitments ?? [];
                for (var u = 0; u < updates.Count; u++)
                {
                    if (updates[u].Engagement > commitments)
                    {
                        report($"{path}.suivis[{s}].commitments[{u}].engagement", $"la réponse n'a pas d'engagement n° {updates[u].Engagement} ({commitments} engagement(s))");
                    }
                }
            }
        }
    }
}
