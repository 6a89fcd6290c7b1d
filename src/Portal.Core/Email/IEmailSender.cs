namespace Portal.Core.Email;

/// <summary>
/// Sends e-mail to staff (password reset, review notifications). The registered sender never lets a
/// delivery failure reach the caller (see <see cref="BestEffortEmailSender"/>): a person's action does
/// not fail because the mail server is down.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// An e-mail in French: plain text, and optionally its HTML form; without one, the HTML alternative is
/// derived from the text (paragraphs, links).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? HtmlBody = null)
{
    /// <summary>Extra headers (e.g. <c>List-Unsubscribe</c> for messages sent to followers).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
