using System.Net.Sockets;
using System.Text;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Email;

/// <summary>The test SMTP server itself, spoken to by hand: HELO, RSET, NOOP, dot-stuffing, and the wait that times out.</summary>
public sealed class SmtpListenerTests
{
    [Fact]
    public async Task Speaks_the_basic_commands_and_parses_a_dot_stuffed_8bit_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new SmtpListener();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port, ct);
        using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
        var stream = client.GetStream();

        async Task<string> SayAsync(string line)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\r\n"), ct);
            return (await reader.ReadLineAsync(ct))!;
        }

        Assert.StartsWith("220", await reader.ReadLineAsync(ct), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("HELO test"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("MAIL FROM:<oublie@exemple.fr>"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("RSET"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("NOOP"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("MAIL FROM:<portail@exemple.fr>"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("RCPT TO:<a@exemple.fr>"), StringComparison.Ordinal);
        Assert.StartsWith("354", await SayAsync("DATA"), StringComparison.Ordinal);
        Assert.StartsWith("250", await SayAsync("Subject: Essai\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nPremière ligne\r\n..point en tête\r\n."), StringComparison.Ordinal);
        Assert.StartsWith("502", await SayAsync("VRFY a@exemple.fr"), StringComparison.Ordinal);
        Assert.StartsWith("221", await SayAsync("QUIT"), StringComparison.Ordinal);

        var received = Assert.Single(await server.WaitForAsync(1));
        Assert.Equal("portail@exemple.fr", received.EnvelopeFrom);
        Assert.Equal(["a@exemple.fr"], received.EnvelopeRecipients);
        Assert.Equal("Essai", received.Message.Subject);
        Assert.Contains("\n.point en tête", received.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_more_messages_than_arrive_times_out()
    {
        await using var server = new SmtpListener();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => server.WaitForAsync(1, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("received 0", error.Message, StringComparison.Ordinal);
    }
}
