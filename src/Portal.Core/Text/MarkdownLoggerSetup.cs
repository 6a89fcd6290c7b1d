using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Text;

/// <summary>Gives the static <see cref="MarkdownRenderer"/> the host's logger when the host starts.</summary>
internal sealed class MarkdownLoggerSetup(ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        MarkdownRenderer.Logger = loggers.CreateLogger(typeof(MarkdownRenderer));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
