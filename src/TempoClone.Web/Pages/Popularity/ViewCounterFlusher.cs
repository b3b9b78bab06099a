using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>Writes the pending counts every few seconds and once more when the app stops.</summary>
public sealed class ViewCounterFlusher(ViewCounter counter, ILogger<ViewCounterFlusher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushSafelyAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // CASE: the last batch is written here, not at the end of ExecuteAsync: since .NET 10 ExecuteAsync starts on
        // the thread pool with the stopping token, and a host stopped before it began never runs it at all.
        await FlushSafelyAsync(CancellationToken.None);
    }

    private async Task FlushSafelyAsync(CancellationToken ct)
    {
        try
        {
            await counter.FlushAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            log.LogWarning(ex, "View counts could not be written; they are kept and tried again with the next batch");
        }
    }
}
