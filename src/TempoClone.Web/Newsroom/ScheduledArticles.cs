using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// A scheduled story goes live at its minute without anyone saving: this timer (on the app's <see cref="TimeProvider"/>)
/// wakes at the next publish time and evicts the cached pages that will show the story, so no reader waits for the
/// cache to expire and no request has to notice the time. A change that leaves a story scheduled wakes it to look again
/// (it subscribes to every <see cref="ArticleEvent"/>).
/// </summary>
public sealed class ScheduledArticles(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock, DatabaseEngine engine,
    ILogger<ScheduledArticles> log) : BackgroundService, INewsroomSubscriber<ArticleEvent>
{
    // Long sleeps are cut, so a clock change or a missed wake-up costs at most this.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    private readonly WakeSignal _changed = new();

    /// <summary>A save scheduled, moved or withdrew a story: look again for the next publish time.</summary>
    public void Changed() => _changed.Raise();

    public Task HandleAsync(ArticleEvent change, CancellationToken ct)
    {
        if (change.Article.IsScheduled(change.AtUtc)) Changed();
        return Task.CompletedTask;
    }

    private DateTime _startedAtUtc;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // CASE: the first sweep starts from here, not from ExecuteAsync's first line: since .NET 10 ExecuteAsync starts
        // later on the thread pool, and a story going live in between would be missed by every sweep.
        _startedAtUtc = clock.GetUtcNow().UtcDateTime;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweptUpToUtc = _startedAtUtc;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var next = await NextPublishTimeAsync(stoppingToken);
                var sleep = next is null ? LongestSleep : next.Value - clock.GetUtcNow().UtcDateTime;
                if (sleep > TimeSpan.Zero)
                {
                    using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    var delay = Task.Delay(sleep < LongestSleep ? sleep : LongestSleep, clock, wake.Token);
                    await Task.WhenAny(delay, _changed.WaitAsync(wake.Token));
                    await wake.CancelAsync();
                }
                sweptUpToUtc = await EvictWentLiveAsync(sweptUpToUtc, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException || engine.IsTransient(ex))
            {
                log.LogWarning(ex, "Scheduled stories could not be checked; trying again in a minute");
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
        }
    }

    private async Task<DateTime?> NextPublishTimeAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        return await db.Articles.Scheduled(clock.GetUtcNow().UtcDateTime).MinAsync(a => (DateTime?)a.PublishedAtUtc, ct);
    }

    /// <summary>Evicts for the stories whose publish time came since the last sweep; returns the new sweep time.</summary>
    private async Task<DateTime> EvictWentLiveAsync(DateTime sinceUtc, CancellationToken ct)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var wentLive = await db.Articles.Published(nowUtc).Where(a => a.PublishedAtUtc > sinceUtc).Select(a => a.Id).ToListAsync(ct);
        if (wentLive.Count == 0) return nowUtc;

        var before = await ReaderFootprint.ReadAsync(db, [], sinceUtc, ct);
        await ReaderFootprint.EvictAsync(evictions, before, await ReaderFootprint.ReadAsync(db, wentLive, nowUtc, ct), ct);
        log.LogInformation("Scheduled stories {ArticleIds} went live; their reader pages were evicted", wentLive);
        return nowUtc;
    }
}
