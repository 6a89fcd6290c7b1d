using Portal.Core.Text;

namespace Portal.Processes.Content;

/// <summary>What a « Participer » block must hold to be of use: who may take part, working links, a coherent period.</summary>
public static class ParticipationRules
{
    public static void Check(Participation participation, ProcessRules.Report report)
    {
        ArgumentNullException.ThrowIfNull(participation);
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(participation.Eligibility))
        {
            report("eligibility", "qui peut participer ne peut pas être vide");
        }

        Link(participation.RegistrationUrl, "registrationUrl", report);
        Link(participation.PlatformUrl, "platformUrl", report);
        if (participation.RegistrationDeadline < participation.RegistrationOpens)
        {
            report("registrationDeadline", "la date limite d'inscription précède l'ouverture des inscriptions");
        }

        var meetings = participation.Meetings ?? [];
        for (var i = 0; i < meetings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(meetings[i].Place))
            {
                report($"meetings[{i}].place", "le lieu de la rencontre ne peut pas être vide");
            }
        }
    }

    // A link a participant follows must lead somewhere: an absolute web address or a page of this site.
    private static void Link(string? url, string path, ProcessRules.Report report)
    {
        if (!string.IsNullOrEmpty(url) && !WebAddresses.IsAbsolute(url) && !WebAddresses.IsSitePath(url))
        {
            report(path, "adresse web (http ou https) ou page du site (« /pages/… ») attendue");
        }
    }
}
