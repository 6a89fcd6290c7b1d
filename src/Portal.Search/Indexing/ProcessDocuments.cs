using Portal.Processes.Content;

namespace Portal.Search.Indexing;

/// <summary>Maps the published items of one process to search documents, with their permalinks.</summary>
internal static class ProcessDocuments
{
    public static List<SearchDocument> Build(string processId, Process process, IReadOnlyList<PublishedItem> items)
    {
        var baseUrl = "/demarches/" + Uri.EscapeDataString(process.Slug);
        var opinion = items.Select(i => i.Content).OfType<CitizensOpinion>().FirstOrDefault();
        SearchDocument Doc(string id, string type, string title, string body, string url, DateOnly date) =>
            new(id, type, title, body, url, processId, process.Slug, process.Title, process.Organiser, process.Themes, process.StartDate.Year, date);

        var fiche = items.Select(i => i.Content).OfType<ProcessCharter>().FirstOrDefault();
        var documents = new List<SearchDocument>
        {
            Doc(processId, SearchTypes.Process, process.Title,
                Join(process.Summary, process.Territory, fiche?.Objet, fiche?.Question, fiche?.Contexte, fiche?.Finalite), baseUrl, process.StartDate),
        };

        foreach (var speaker in items.Where(i => i.Content is Speaker))
        {
            var s = (Speaker)speaker.Content;
            documents.Add(Doc(speaker.Version.ContentItemId, SearchTypes.Speaker, s.Name,
                Join(s.Title, s.Organisation, s.Topic, s.PointOfView), baseUrl + "#intervenants", s.SessionDate ?? process.StartDate));
        }

        foreach (var document in items.Where(i => i.Content is DocumentItem))
        {
            var d = (DocumentItem)document.Content;
            documents.Add(Doc(document.Version.ContentItemId, SearchTypes.Document, d.Title,
                Join(DocumentKinds.Label(d.DocumentType), d.Description), baseUrl + "#documents", d.Date ?? process.StartDate));
        }

        foreach (var item in items.Where(i => i.Content is Proposition))
        {
            var proposition = (Proposition)item.Content;
            documents.AddRange(PropositionDocuments(item, proposition, items, baseUrl, HandOver(opinion, proposition) ?? process.StartDate, Doc));
        }

        return documents;
    }

    private static IEnumerable<SearchDocument> PropositionDocuments(
        PublishedItem item, Proposition proposition, IReadOnlyList<PublishedItem> items, string baseUrl, DateOnly handOver,
        Func<string, string, string, string, string, DateOnly, SearchDocument> doc)
    {
        var url = baseUrl + "/propositions/" + Uri.EscapeDataString(proposition.Code);
        var children = items.Where(i => i.Version.ContainerId == item.Version.ContentItemId).ToList();
        var response = children.FirstOrDefault(i => i.Content is Response);
        var decision = (response?.Content as Response)?.Decision;
        var followUps = children.Where(i => i.Content is FollowUp).OrderBy(i => ((FollowUp)i.Content).Date).ToList();
        var status = followUps.Select(i => ((FollowUp)i.Content).Status).LastOrDefault();
        string[] themes = string.IsNullOrWhiteSpace(proposition.Theme) ? [] : [proposition.Theme];

        yield return doc(item.Version.ContentItemId, SearchTypes.Proposition, $"{proposition.Code} — {proposition.Title}", proposition.Text, url, handOver)
            with
            {
                Code = proposition.Code, Decision = decision, FollowUpStatus = status, Themes = themes,
                // The response and follow-ups are also searched with their proposition, in fields weighing less than its text.
                ResponseText = response?.Content is Response answer ? ResponseText(answer) : null,
                FollowUpsText = followUps.Count == 0 ? null : string.Join("\n", followUps.Select(f => ((FollowUp)f.Content).Progress)),
            };

        if (response?.Content is Response r)
        {
            // The day the organiser answered, else the day it was published: a later correction does not move it.
            var date = r.RespondedOn ?? DateOnly.FromDateTime(response.Version.PublishedUtc ?? response.Version.ModifiedUtc);
            yield return doc(response.Version.ContentItemId, SearchTypes.Response, $"Réponse à {proposition.Code} — {proposition.Title}",
                ResponseText(r), url, date)
                with { Code = proposition.Code, Decision = r.Decision, FollowUpStatus = status, Themes = themes };
        }

        foreach (var followUp in followUps)
        {
            var s = (FollowUp)followUp.Content;
            yield return doc(followUp.Version.ContentItemId, SearchTypes.FollowUp, $"Suivi de {proposition.Code} du {s.Date:dd/MM/yyyy}",
                s.Progress, url, s.Date)
                with { Code = proposition.Code, Decision = decision, FollowUpStatus = s.Status, Themes = themes };
        }
    }

    /// <summary>
    /// The day a proposition was handed over, its date in search (sorting by date): its referral's when the opinion was
    /// handed over in several, else the opinion's, as the response clock counts.
    /// </summary>
    private static DateOnly? HandOver(CitizensOpinion? opinion, Proposition proposition) =>
        opinion?.Referrals?.FirstOrDefault(r => r.Key == proposition.Referral)?.HandOverDate ?? opinion?.HandOverDate;

    private static string ResponseText(Response r) => Join(r.Motivation, r.BodyInCharge, string.Join(" ", r.Commitments.Select(c => c.Text)));

    private static string Join(params string?[] parts) =>
        string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
