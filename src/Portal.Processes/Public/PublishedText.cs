using System.Text;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Public;

/// <summary>
/// A response or a follow-up written out as the public reads it, one field a line with its French label, so that two
/// published versions compare word by word in the public history (decision, motivation, commitments, evidence alike).
/// The motivation and the progress keep their Markdown source: the history shows what was written, not its layout.
/// </summary>
public static class PublishedText
{
    public static string Of(object content, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(label).Append(" : ").Append(value.Trim()).Append('\n');
            }
        }

        switch (content)
        {
            case Response r:
                Line("Décision", site.DecisionLabel(r.Decision));
                Line("Motivation", r.Motivation);
                Line("Instance chargée", r.BodyInCharge);
                Line("Échéance", r.Deadline is { } deadline ? French.Date(deadline) : null);
                Line("Date de la réponse", r.RespondedOn is { } on ? French.Date(on) : null);
                for (var i = 0; i < r.Commitments.Count; i++)
                {
                    var c = r.Commitments[i];
                    var details = new[] { c.Deadline is { } d ? $"échéance le {French.Date(d)}" : null, c.BodyInCharge, CommitmentStatuses.Label(c.State).ToLowerInvariant() };
                    Line($"Engagement n° {i + 1}", $"{c.Text} ({string.Join(", ", details.Where(x => !string.IsNullOrWhiteSpace(x)))})");
                }

                break;
            case FollowUp f:
                Line("Date", French.Date(f.Date));
                Line("État", site.FollowUpStatusLabel(f.Status));
                Line("Avancement", f.Progress);
                foreach (var u in f.Commitments ?? [])
                {
                    Line($"Engagement n° {u.Engagement}", CommitmentStatuses.Label(u.State).ToLowerInvariant());
                }

                foreach (var e in f.Evidence)
                {
                    Line(EvidenceKinds.Label(e.Kind), string.Join(", ", new[] { e.Title, e.Number is { Length: > 0 } n ? $"n° {n}" : null, e.Date is { } d ? French.Date(d) : null, e.Amount is { } a ? a.ToString("N0", French.Culture) + " €" : null, e.Year?.ToString(French.Culture), e.Url }.Where(x => !string.IsNullOrWhiteSpace(x))));
                }

                break;
            default:
                throw new ArgumentException($"No public text for {content?.GetType().Name}.", nameof(content));
        }

        return text.ToString().TrimEnd('\n');
    }
}
