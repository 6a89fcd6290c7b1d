using Microsoft.Extensions.Hosting;

namespace Portal.Processes.Imports;

/// <summary>At start, deletes the import files a preview left behind for more than a day.</summary>
internal sealed class ImportUploadsCleanup(ImportUploads uploads) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        uploads.DeleteStale();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
