using MimeKit;

namespace Portal.Core.Email;

/// <summary>
/// Writes each message as an .eml file in <c>{DataPath}/mail</c>: the sender while no SMTP server is
/// configured, so nothing is sent, nothing is lost, and an operator can read what would have gone out.
/// </summary>
public sealed class PickupFolderEmailSender(PortalPaths paths, TimeProvider clock, SmtpOptions options) : IEmailSender
{
    private const string NoReplyAddress = "ne-pas-repondre@localhost";

    public string Folder => Path.Combine(paths.DataPath, "mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var from = new MailboxAddress(options.FromName, string.IsNullOrWhiteSpace(options.FromAddress) ? NoReplyAddress : options.FromAddress);
        var mime = MimeMessages.Build(message, from, now);
        var file = Path.Combine(Folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(file, cancellationToken);
    }
}
