using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// A front page slot or the breaking-news bar ends at its minute without anyone saving: this timer (on the app's
/// <see cref="TimeProvider"/>) wakes at the next end time and evicts what showed it: the home page for a slot, every
/// reader page for the bar. A change on the Halaman depan page (<see cref="FrontPageChanged"/>) wakes it to look again.
/// </summary>
public sealed class FrontPageExpiry(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock, DatabaseEngine engine,
    ILogger<FrontPageExpiry> log) : BackgroundService, INewsroomSubscriber<FrontPageChanged>
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    private readonly WakeSignal _changed = new();

    /// <summary>A slot or the bar was saved: look again for the next end time.</summary>
    public Task HandleAsync(FrontPageChanged change, CancellationToken ct)
    {
        _changed.Raise();
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (slotEnd, barEnd) = await NextEndsAsync(stoppingToken);
                var next = new[] { slotEnd, barEnd }.Min();
                var sleep = next is null ? LongestSleep : next.Value - clock.GetUtcNow().UtcDateTime;
                if (sleep > TimeSpan.Zero)
                {
                    using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    var delay = Task.Delay(sleep < LongestSleep ? sleep : LongestSleep, clock, wake.Token);
                    var woke = await Task.WhenAny(delay, _changed.WaitAsync(wake.Token));
                    await wake.CancelAsync();
                    if (woke != delay) continue;
                }
                var nowUtc = clock.GetUtcNow().UtcDateTime;
                if (barEnd <= nowUtc)
                {
                    await evictions.EvictAllAsync(stoppingToken);
                    log.LogInformation("The breaking-news bar ended; every reader page was evicted");
                }
                else if (slotEnd <= nowUtc)
                {
                    await evictions.EvictAsync([ReaderTags.Home], stoppingToken);
                    log.LogInformation("A front page slot ended; the home page was evicted");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException || engine.IsTransient(ex))
            {
                log.LogWarning(ex, "Front page end times could not be checked; trying again in a minute");
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
        }
    }

    /// <summary>The next slot end and bar end still to come (or just come: the sweep after the sleep evicts for it).</summary>
    private async Task<(DateTime? Slot, DateTime? Bar)> NextEndsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var slot = await db.FrontPageSlots.Where(s => s.EndsAtUtc > nowUtc).MinAsync(s => s.EndsAtUtc, ct);
        var bar = await db.BreakingNews.Where(b => b.EndsAtUtc > nowUtc).MinAsync(b => (DateTime?)b.EndsAtUtc, ct);
        return (slot, bar);
    }
}
