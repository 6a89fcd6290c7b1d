using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portal.Core.Email;

/// <summary>
/// Sends through the configured SMTP server with MailKit: one connection per message (few messages,
/// and a client is not shared between threads). Failures are thrown; <see cref="BestEffortEmailSender"/>
/// decides what the caller sees.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (options.Host is not { Length: > 0 } host || string.IsNullOrWhiteSpace(options.FromAddress))
        {
            throw new InvalidOperationException("Portal:Email:Smtp: Host and FromAddress are required to send.");
        }

        var mime = MimeMessages.Build(message, new MailboxAddress(options.FromName, options.FromAddress), clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        await client.ConnectAsync(host, options.Port, SocketOptions(options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
