using System.Text.RegularExpressions;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Processes.Content;

/// <summary>
/// Rules every process section obeys, whoever writes it (recipe, import, back office). Each problem is
/// reported as a path relative to the record and a French message.
/// </summary>
public static partial class ProcessRules
{
    public delegate void Report(string path, string message);

    public static Regex SlugPattern() => Slugs.Pattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$", RegexOptions.CultureInvariant)]
    public static partial Regex CodePattern();

    public static void Check(Process demarche, Report report)
    {
        ArgumentNullException.ThrowIfNull(demarche);
        ArgumentNullException.ThrowIfNull(report);
        Required(demarche.Title, "title", "le titre", report);
        Required(demarche.Organiser, "organiser", "l'organisateur", report);
        if (!SlugPattern().IsMatch(demarche.Slug))
        {
            report("slug", "l'adresse (slug) ne contient que des minuscules sans accent, des chiffres et des tirets");
        }

        if (demarche.EndDate < demarche.StartDate)
        {
            report("endDate", "la date de fin précède la date de début");
        }

        if (demarche.Participation is { } participation)
        {
            ParticipationRules.Check(participation, (p, m) => report("participation." + p, m));
        }
    }

    public static void Check(PanelComposition panel, Report report)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(report);
        Required(panel.SelectionMethod, "selectionMethod", "la méthode de sélection", report);
        NotNegative(panel.PanelSize, "panelSize", report);
        NotNegative(panel.Substitutes, "substitutes", report);
        for (var c = 0; c < panel.Criteria.Count; c++)
        {
            var criterion = panel.Criteria[c];
            Required(criterion.Name, $"criteria[{c}].name", "le nom du critère", report);
            for (var k = 0; k < criterion.Categories.Count; k++)
            {
                var category = criterion.Categories[k];
                var path = $"criteria[{c}].categories[{k}]";
                Required(category.Label, path + ".label", "le libellé", report);
                NotNegative(category.Target, path + ".target", report);
                NotNegative(category.Achieved, path + ".achieved", report);
                if (category.ReferenceShare is < 0 or > 100)
                {
                    report(path + ".referenceShare", "la part de référence est un pourcentage entre 0 et 100");
                }
            }
        }
    }

    public static void Check(Proposition proposition, Report report)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        ArgumentNullException.ThrowIfNull(report);
        if (!CodePattern().IsMatch(proposition.Code))
        {
            report("code", $"code « {proposition.Code} » invalide : lettres, chiffres, points, tirets (50 au plus)");
        }

        Required(proposition.Title, "title", "le titre", report);
        if (proposition.Vote is { } vote && (vote.For < 0 || vote.Against < 0 || vote.Abstention < 0))
        {
            report("vote", "les voix ne peuvent pas être négatives");
        }

        if (proposition.AuthorKind is { } kind && AuthorKinds.LabelOf(kind) is null)
        {
            report("authorKind", $"type d'auteur inconnu « {kind} » (possibles : {string.Join(", ", AuthorKinds.All.Select(k => k.Label))})");
        }

        if (proposition.SourceUrl is { Length: > 0 } url && !IsWebAddress(url))
        {
            report("sourceUrl", "adresse web (http ou https) attendue");
        }

        if (proposition.Referral is { } referral && !SlugPattern().IsMatch(referral))
        {
            report("referral", "la clé de saisine ne contient que des minuscules sans accent, des chiffres et des tirets");
        }
    }

    public static void Check(CitizensOpinion opinion, Report report)
    {
        ArgumentNullException.ThrowIfNull(opinion);
        ArgumentNullException.ThrowIfNull(report);
        Delay(opinion.ResponseDelayMonths, "responseDelayMonths", report);
        var referrals = opinion.Referrals ?? [];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < referrals.Count; i++)
        {
            var path = $"referrals[{i}]";
            if (!SlugPattern().IsMatch(referrals[i].Key ?? string.Empty))
            {
                report(path + ".key", "la clé ne contient que des minuscules sans accent, des chiffres et des tirets");
            }
            else if (!keys.Add(referrals[i].Key))
            {
                report(path + ".key", $"saisine « {referrals[i].Key} » en double");
            }

            Required(referrals[i].Name, path + ".name", "le nom de la saisine", report);
            Delay(referrals[i].ResponseDelayMonths, path + ".responseDelayMonths", report);
        }
    }

    public static void Check(Response response, SiteSettings settings, Report report)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(report);
        if (settings.DecisionVocabulary().All(d => d.Key != response.Decision))
        {
            report("decision", $"décision inconnue « {response.Decision} » (possibles : {string.Join(", ", settings.DecisionVocabulary().Select(d => $"« {d.Label} »"))})");
        }

        Required(response.Motivation, "motivation", "la motivation", report);
        Required(response.BodyInCharge, "bodyInCharge", "l'instance chargée de la réponse", report);
        for (var i = 0; i < response.Commitments.Count; i++)
        {
            Required(response.Commitments[i].Text, $"commitments[{i}].text", "le texte de l'engagement", report);
            if (CommitmentStatuses.Problem(response.Commitments[i].State) is { } problem)
            {
                report($"commitments[{i}].state", problem);
            }
        }
    }

    public static void Check(FollowUp followUp, SiteSettings settings, Report report)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(report);
        if (settings.FollowUpStatusVocabulary().All(s => s.Key != followUp.Status))
        {
            report("status", $"état de suivi inconnu « {followUp.Status} » (possibles : {string.Join(", ", settings.FollowUpStatusVocabulary().Select(s => $"« {s.Label} »"))})");
        }

        Required(followUp.Progress, "progress", "l'avancement", report);
        for (var i = 0; i < followUp.Evidence.Count; i++)
        {
            Check(followUp.Evidence[i], $"evidence[{i}]", report);
        }

        var updates = followUp.Commitments ?? [];
        for (var i = 0; i < updates.Count; i++)
        {
            if (updates[i].Engagement < 1)
            {
                report($"commitments[{i}].engagement", "le rang de l'engagement commence à 1");
            }

            if (CommitmentStatuses.Problem(updates[i].State) is { } problem)
            {
                report($"commitments[{i}].state", problem);
            }
        }
    }

    private static void Check(EvidenceLink evidence, string path, Report report)
    {
        Required(evidence.Title, path + ".title", "le titre de la référence", report);
        if (!EvidenceKinds.IsKnown(evidence.Kind))
        {
            report(path + ".kind", $"type de référence inconnu « {evidence.Kind} » (possibles : {string.Join(", ", EvidenceKinds.All.Select(k => $"« {k.Key} »"))})");
        }

        // A budget line may have no address (the budget is often a PDF of the whole year); any other reference has one.
        var blankAllowed = evidence.Kind == EvidenceKinds.BudgetLine && string.IsNullOrEmpty(evidence.Url);
        if (!blankAllowed && !IsWebAddress(evidence.Url))
        {
            report(path + ".url", "adresse web (http ou https) attendue");
        }

        if (evidence.Amount is < 0)
        {
            report(path + ".amount", "le montant ne peut pas être négatif");
        }

        if (evidence.Year is < 1900 or > 2200)
        {
            report(path + ".year", "année attendue sur quatre chiffres");
        }
    }

    private static void Delay(int? months, string path, Report report)
    {
        if (months is < 1 or > 120)
        {
            report(path, "le délai de réponse se compte en mois, de 1 à 120");
        }
    }

    public static void Check(CommitteeAssessment assessment, Report report)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(report);
        if (!FidelityGrades.IsKnown(assessment.Grade))
        {
            report("grade", $"appréciation inconnue « {assessment.Grade} » (possibles : {string.Join(", ", FidelityGrades.All.Select(g => $"« {g.Key} »"))})");
        }

        Required(assessment.Justification, "justification", "la justification", report);
    }

    public static bool IsWebAddress(string? url) => WebAddresses.IsAbsolute(url);

    private static void Required(string? value, string path, string what, Report report)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            report(path, $"{what} ne peut pas être vide");
        }
    }

    private static void NotNegative(int value, string path, Report report)
    {
        if (value < 0)
        {
            report(path, "le nombre ne peut pas être négatif");
        }
    }
}
