using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A small SMTP server in the test process, on a free loopback port: enough of the protocol (EHLO/HELO,
/// MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT) to receive what MailKit sends, each message parsed with
/// MimeKit. Tests wait for the n-th message with a timeout instead of sleeping.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<SmtpReceived> _received = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private readonly Lock _gate = new();
    private readonly Task _accepting;

    public SmtpListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<SmtpReceived> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>A loopback port nobody listens on: a mail server that is down.</summary>
    public static int UnusedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Completes once at least <paramref name="count"/> messages have arrived; throws <see cref="TimeoutException"/> otherwise.</summary>
    public async Task<IReadOnlyList<SmtpReceived>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_received.Count >= count)
            {
                return [.. _received];
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} message(s), received {Received.Count}.");
        }

        return Received;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var session = new Session(client.GetStream(), Add);
                await session.RunAsync(_stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The client went away or the listener stopped.
            }
        }
    }

    private void Add(SmtpReceived message)
    {
        lock (_gate)
        {
            _received.Add(message);
            foreach (var waiter in _waiters.Where(w => _received.Count >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    /// <summary>One connection. Lines are read as Latin-1 so that every byte of an 8-bit body survives as one char.</summary>
    private sealed class Session(NetworkStream stream, Action<SmtpReceived> deliver) : IDisposable
    {
        private readonly StreamReader _reader = new(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
        private string? _from;
        private readonly List<string> _recipients = [];

        public void Dispose() => _reader.Dispose();

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            await ReplyAsync("220 localhost SMTP de test", cancellationToken);
            while (await _reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await ReplyAsync("250-localhost\r\n250 8BITMIME", cancellationToken);
                        break;
                    case "HELO":
                        await ReplyAsync("250 localhost", cancellationToken);
                        break;
                    case "MAIL":
                        _from = Address(line);
                        _recipients.Clear();
                        await ReplyAsync("250 OK", cancellationToken);
                        break;
                    case "RCPT":
                        _recipients.Add(Address(line));
                        await ReplyAsync("250 OK", cancellationToken);
                        break;
                    case "DATA":
                        await ReplyAsync("354 Terminez par <CRLF>.<CRLF>", cancellationToken);
                        deliver(new SmtpReceived(_from ?? string.Empty, [.. _recipients], await ReadMessageAsync(cancellationToken)));
                        _from = null;
                        _recipients.Clear();
                        await ReplyAsync("250 OK", cancellationToken);
                        break;
                    case "RSET":
                        _from = null;
                        _recipients.Clear();
                        await ReplyAsync("250 OK", cancellationToken);
                        break;
                    case "NOOP":
                        await ReplyAsync("250 OK", cancellationToken);
                        break;
                    case "QUIT":
                        await ReplyAsync("221 Au revoir", cancellationToken);
                        return;
                    default:
                        await ReplyAsync("502 Commande non prise en charge", cancellationToken);
                        break;
                }
            }
        }

        private async Task<MimeMessage> ReadMessageAsync(CancellationToken cancellationToken)
        {
            var data = new StringBuilder();
            while (await _reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
            {
                // Dot-stuffing: a leading dot was doubled by the client.
                data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
            }

            using var bytes = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()));
            return await MimeMessage.LoadAsync(bytes, cancellationToken);
        }

        private static string Address(string line)
        {
            var start = line.IndexOf('<', StringComparison.Ordinal);
            var end = line.IndexOf('>', StringComparison.Ordinal);
            return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }

        private async Task ReplyAsync(string reply, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }
}

/// <summary>One message as the server received it: the envelope and the parsed message.</summary>
public sealed record SmtpReceived(string EnvelopeFrom, IReadOnlyList<string> EnvelopeRecipients, MimeMessage Message);
