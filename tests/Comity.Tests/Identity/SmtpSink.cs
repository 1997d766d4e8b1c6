using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Comity.Tests.Identity;

/// <summary>
/// A minimal SMTP server on a loopback port that speaks just enough of RFC 5321 for a client to deliver mail
/// (no TLS, no authentication). It can refuse the first messages with a temporary error, to exercise retries.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int refusalsLeft;

    public SmtpSink(int refuseFirst = 0)
    {
        refusalsLeft = refuseFirst;
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Messages accepted, as the recipient and the raw message text.</summary>
    public ConcurrentQueue<(string To, string Data)> Received { get; } = new();

    public int Refused { get; private set; }

    /// <summary>Waits until <paramref name="count"/> messages have arrived, or fails after the timeout.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (Received.Count < count)
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"The SMTP sink received {Received.Count} of {count} messages ({Refused} refused).");
            }
            await Task.Delay(50);
        }
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP ready");
        var to = "";
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink.test");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 sink.test");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.LastIndexOf('>')];
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                    }
                    if (Interlocked.Decrement(ref refusalsLeft) >= 0)
                    {
                        Refused++;
                        await writer.WriteLineAsync("451 4.3.0 Try again later");
                    }
                    else
                    {
                        Received.Enqueue((to, data.ToString()));
                        await writer.WriteLineAsync("250 OK queued");
                    }
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
