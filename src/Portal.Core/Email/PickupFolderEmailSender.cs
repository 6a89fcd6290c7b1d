using System.Globalization;
using System.Text;

namespace Portal.Core.Email;

/// <summary>
/// Writes each message as an .eml file in <c>{DataPath}/mail</c>: the default until an SMTP server is
/// configured, so nothing is lost and an operator can read what would have been sent.
/// </summary>
public sealed class PickupFolderEmailSender(PortalPaths paths, TimeProvider clock) : IEmailSender
{
    public string Folder => Path.Combine(paths.DataPath, "mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(Folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var eml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Date: {now:r}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {message.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))}?=\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body);
        await File.WriteAllTextAsync(file, eml.ToString(), new UTF8Encoding(false), cancellationToken);
    }
}
