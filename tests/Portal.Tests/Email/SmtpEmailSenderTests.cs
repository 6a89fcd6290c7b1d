using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MimeKit;
using Portal.Core.Email;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Email;

/// <summary>The MailKit sender against an SMTP server in the test process, and the best-effort policy around it.</summary>
public sealed class SmtpEmailSenderTests
{
    private static SmtpOptions Options(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        FromAddress = "portail@exemple.fr",
        TimeoutSeconds = 5,
    };

    [Fact]
    public async Task Delivers_a_french_message_with_text_and_html_parts()
    {
        await using var server = new SmtpListener();
        var sender = new SmtpEmailSender(Options(server.Port), TimeProvider.System);

        await sender.SendAsync(new EmailMessage("elodie.martin@exemple.fr", "Votre demande a été validée",
            "Bonjour Élodie,\n\nLe comité a validé « Déplacements à vélo ».\nVoir : https://portail.exemple.fr/admin?id=1&v=2\n"), TestContext.Current.CancellationToken);

        var received = Assert.Single(await server.WaitForAsync(1));
        Assert.Equal(["elodie.martin@exemple.fr"], received.EnvelopeRecipients);
        Assert.Equal("portail@exemple.fr", received.EnvelopeFrom);
        var message = received.Message;
        Assert.Equal("Votre demande a été validée", message.Subject);
        Assert.Equal("elodie.martin@exemple.fr", Assert.Single(message.To.Mailboxes).Address);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal("Portail de la participation", from.Name);
        Assert.Contains("Le comité a validé « Déplacements à vélo ».", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://portail.exemple.fr/admin?id=1&amp;v=2\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Le comité a validé « Déplacements à vélo ».", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", message.HtmlBody, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.All(alternative.OfType<TextPart>(), part => Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true));
    }

    [Fact]
    public async Task Html_given_by_the_caller_is_sent_as_is()
    {
        await using var server = new SmtpListener();
        var sender = new SmtpEmailSender(Options(server.Port), TimeProvider.System);

        await sender.SendAsync(new EmailMessage("a@exemple.fr", "Sujet", "Texte brut", "<p>Du <strong>HTML</strong> choisi</p>"), TestContext.Current.CancellationToken);

        var message = Assert.Single(await server.WaitForAsync(1)).Message;
        Assert.Equal("Texte brut", message.TextBody?.Trim());
        Assert.Equal("<p>Du <strong>HTML</strong> choisi</p>", message.HtmlBody?.Trim());
    }

    [Fact]
    public async Task Server_down_throws_from_the_transport()
    {
        var sender = new SmtpEmailSender(Options(SmtpListener.UnusedPort()), TimeProvider.System);

        // The connection itself is refused: not a configuration error, a timeout or a protocol failure.
        var error = await Assert.ThrowsAsync<SocketException>(() => sender.SendAsync(new EmailMessage("a@exemple.fr", "Sujet", "Texte"), TestContext.Current.CancellationToken));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public async Task Best_effort_policy_swallows_the_failure_and_logs_no_personal_data()
    {
        var logger = new ListLogger<BestEffortEmailSender>();
        var sender = new BestEffortEmailSender(new SmtpEmailSender(Options(SmtpListener.UnusedPort()), TimeProvider.System), logger);

        await sender.SendAsync(new EmailMessage("camille.durand@exemple.fr", "Réinitialisation pour Camille", "Lien secret : https://x/jeton-secret"), TestContext.Current.CancellationToken);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("SmtpEmailSender", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("camille", entry.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jeton-secret", entry.Text, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task Best_effort_policy_still_honours_the_callers_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var server = new SmtpListener();
        var sender = new BestEffortEmailSender(new SmtpEmailSender(Options(server.Port), TimeProvider.System), new ListLogger<BestEffortEmailSender>());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(new EmailMessage("a@exemple.fr", "Sujet", "Texte"), cancelled.Token));
    }
}

/// <summary>Keeps every log entry, formatted, for assertions on what is (not) logged.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Text, Exception? Exception)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Text, Exception? Exception)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
