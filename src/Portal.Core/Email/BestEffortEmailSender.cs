using Microsoft.Extensions.Logging;

namespace Portal.Core.Email;

/// <summary>
/// The policy for every caller, in one place: an e-mail that cannot be delivered is logged and given up,
/// never turned into a failure of the person's action (a reset request, an approval). The log says what
/// kind of failure it was, never to whom or what: no address, no subject, no body, and not the
/// exception's message, which may quote the recipient.
/// </summary>
public sealed partial class BestEffortEmailSender(IEmailSender transport, ILogger<BestEffortEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            await transport.SendAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the transport throws, the caller's action must go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            NotSent(logger, transport.GetType().Name, exception.GetType().Name, StatusCode(exception));
        }
    }

    private static string StatusCode(Exception exception) => exception switch
    {
        MailKit.Net.Smtp.SmtpCommandException command => ((int)command.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        MailKit.Net.Smtp.SmtpProtocolException => "protocole",
        System.Net.Sockets.SocketException socket => socket.SocketErrorCode.ToString(),
        _ => "-",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail non envoyé par {Transport} : {Failure} (code {Code}). Le destinataire et le contenu ne sont pas journalisés.")]
    private static partial void NotSent(ILogger logger, string transport, string failure, string code);
}
