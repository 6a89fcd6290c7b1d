using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Core.Jobs;

namespace Portal.Tests.Hosting;

/// <summary>Background rounds wait for the site to listen, then for the configured pause, and give way to a stop.</summary>
public sealed class BackgroundStartTests
{
    [Fact]
    public async Task Rounds_begin_only_once_the_site_listens()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var wait = new BackgroundStart(lifetime, TimeSpan.Zero).WaitAsync(TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(wait.IsCompleted);

        lifetime.NotifyStarted();

        Assert.True(await wait.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_pause_after_start_is_kept_and_a_stop_ends_it()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var stopping = new CancellationTokenSource();
        lifetime.NotifyStarted();
        var wait = new BackgroundStart(lifetime, TimeSpan.FromMinutes(10)).WaitAsync(stopping.Token);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(wait.IsCompleted);

        await stopping.CancelAsync();

        Assert.False(await wait.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_stop_before_the_start_ends_the_wait()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var stopping = new CancellationTokenSource();
        var wait = new BackgroundStart(lifetime, TimeSpan.Zero).WaitAsync(stopping.Token);

        await stopping.CancelAsync();

        Assert.False(await wait.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_a_host_rounds_begin_at_once()
    {
        Assert.True(await BackgroundStart.Immediate.WaitAsync(TestContext.Current.CancellationToken));
        Assert.True(await new BackgroundStart(null, TimeSpan.FromMinutes(10)).WaitAsync(TestContext.Current.CancellationToken));
    }
}
