namespace Portal.Core.Email;

/// <summary>Sends e-mail to staff (password reset, review notifications).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A plain-text e-mail.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
