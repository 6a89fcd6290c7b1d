using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.OpenData.Reading;
using Portal.Processes.Content;

namespace Portal.OpenData.Dossier;

/// <summary>
/// « Le dossier » of a process, in Word or PDF: the whole public record — fiche d'identité, mandate, panel composition,
/// speakers, the citizens' opinion, every proposition with its response and follow-ups, the evaluation — with the
/// validation stamps the public pages show. Published versions only.
/// </summary>
internal static class ProcessDossier
{
    public static byte[] Write(IDossierWriter word, PublishedProcessContent process, SiteSettings site, string permalink)
    {
        var d = process.Root.Content;
        word.Title(d.Title);
        word.Text(d.Summary);
        word.Text($"Dossier public de la démarche, établi à partir des seules versions publiées. Version en ligne : {permalink}");
        Fiche(word, process, site);
        Section(word, "Mandat de participation", process.Mandate, m => word.Text(m.Text + (m.DocumentUrl is { } url ? $"\n\nDocument : {m.DocumentTitle ?? url} ({url})" : string.Empty)), site);
        Section(word, "Composition du panel", process.Panel, panel => Panel(word, panel), site);
        Speakers(word, process);
        Section(word, "Avis des citoyens", process.Opinion, o => word.Text(o.Synthesis + (o.HandOverDate is { } date ? $"\n\nRemis le {French.Date(date)}." : string.Empty)), site);
        word.Heading(1, "Propositions et réponses");
        Propositions(word, process.Propositions, site);
        Section(word, "Évaluation", process.Evaluation, e => EvaluationDossier.Write(word, e), site);
        return word.ToBytes(d.Title);
    }

    private static void Fiche(IDossierWriter word, PublishedProcessContent process, SiteSettings site)
    {
        var d = process.Root.Content;
        word.Heading(1, "Fiche d'identité");
        word.Table(["Rubrique", "Valeur"], [
            ["Organisateur", d.Organiser], ["Territoire", d.Territory], ["Thèmes", string.Join(", ", d.Themes)], ["Période", French.Period(d.StartDate, d.EndDate)]]);
        if (process.Fiche is not { } fiche)
        {
            return;
        }

        var f = fiche.Content;
        foreach (var (title, text) in new[] { ("Objet", f.Objet), ("Question posée aux citoyens", f.Question), ("Contexte", f.Contexte), ("Finalité", f.Finalite),
            ("Modalités", string.Join("\n", f.Modalities)), ("Profil des participants", f.ParticipantProfile), ("Engagements de l'organisateur", string.Join("\n", f.Commitments)),
            ("Gouvernance", f.Governance), ("Indemnisation", f.Compensation) })
        {
            word.Heading(2, title);
            word.Text(text);
        }

        if (f.Calendar.Count > 0)
        {
            word.Heading(2, "Calendrier");
            word.Table(["Étape", "Dates", "Description"], f.Calendar.Select(c => (IReadOnlyList<string?>)[c.Name, c.End is null ? French.Date(c.Start) : French.Period(c.Start, c.End), c.Description]));
        }

        Stamp(word, fiche.ApprovedUtc, site);
    }

    private static void Panel(IDossierWriter word, PanelComposition panel)
    {
        word.Text($"Méthode de sélection : {panel.SelectionMethod}. {panel.PanelSize} membres, {panel.Substitutes} suppléants" + (panel.PoolSize is { } pool ? $", vivier de {pool} personnes." : "."));
        foreach (var criterion in panel.Criteria)
        {
            word.Heading(2, criterion.Name);
            word.Table(["Catégorie", "Objectif", "Atteint", "Part de référence"], criterion.Categories.Select(c => (IReadOnlyList<string?>)
                [c.Label, French.Number(c.Target), French.Number(c.Achieved), c.ReferenceShare is { } share ? French.Percent(share) : null]));
        }

        word.Text(panel.Notes);
    }

    private static void Speakers(IDossierWriter word, PublishedProcessContent process)
    {
        word.Heading(1, "Intervenants");
        if (process.Speakers.Count == 0)
        {
            word.Text("Aucun intervenant publié.");
            return;
        }

        word.Table(["Nom", "Qualité", "Organisation", "Sujet", "Choisi par", "Point de vue"], process.Speakers.Select(s => (IReadOnlyList<string?>)
            [s.Content.Name, s.Content.Title, s.Content.Organisation, s.Content.Topic, s.Content.SelectedBy, s.Content.PointOfView]));
    }

    /// <summary>Each proposition (a level-2 heading) with its text, response, commitments, follow-ups and stamps.</summary>
    internal static void Propositions(IDossierWriter word, IEnumerable<PublishedProposition> propositions, SiteSettings site)
    {
        foreach (var proposition in propositions)
        {
            var p = proposition.Item.Content;
            word.Heading(2, $"{p.Code} — {p.Title}");
            word.Text($"Thème : {p.Theme}" + (p.Vote is { } vote ? $". Vote : {vote.For} pour, {vote.Against} contre, {vote.Abstention} abstentions." : "."));
            word.Text(p.Text);
            Stamp(word, proposition.Item.ApprovedUtc, site);
            if (proposition.Response is { } response)
            {
                var r = response.Content;
                word.Heading(3, $"Réponse motivée : {site.DecisionLabel(r.Decision)}");
                word.Text(r.Motivation);
                word.Text($"Instance chargée : {r.BodyInCharge}" + (r.Deadline is { } deadline ? $". Échéance : {French.Date(deadline)}." : "."));
                if (r.Commitments.Count > 0)
                {
                    word.Text("Engagements :\n" + string.Join("\n", r.Commitments.Select(c => "– " + c.Text + (c.Deadline is { } d ? $" (échéance : {French.Date(d)})" : string.Empty))));
                }

                Stamp(word, response.ApprovedUtc, site);
            }

            if (proposition.FollowUps.Count > 0)
            {
                word.Heading(3, "Suivi");
                word.Table(["Date", "État", "Avancement"], proposition.FollowUps.Select(f => (IReadOnlyList<string?>)
                    [French.Date(f.Content.Date), site.FollowUpStatusLabel(f.Content.Status), f.Content.Progress]));
            }
        }
    }

    private static void Section<T>(IDossierWriter word, string title, Published<T>? section, Action<T> write, SiteSettings site)
        where T : class
    {
        word.Heading(1, title);
        if (section is null)
        {
            word.Text("Pas encore publié.");
            return;
        }

        write(section.Content);
        Stamp(word, section.ApprovedUtc, site);
    }

    private static void Stamp(IDossierWriter word, DateTime? approvedUtc, SiteSettings site)
    {
        if (approvedUtc is { } at)
        {
            word.Stamp($"✓ Validé par le {site.CopilName} le {French.ParisDate(at)}");
        }
    }
}
