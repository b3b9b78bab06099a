using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// First-party view counting for "Terpopuler": counts are kept in memory and written in batches (every few seconds
/// and at shutdown), so a page view costs no database write. Bots, prefetches and logged-in staff are not counted.
/// </summary>
public sealed partial class ViewCounter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ViewCounter> log)
{
    private ConcurrentDictionary<(int ArticleId, DateTime HourUtc), int> _pending = new();

    public void Record(int articleId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        _pending.AddOrUpdate((articleId, hour), 1, (_, views) => views + 1);
    }

    public async Task FlushAsync(CancellationToken ct = default)
    {
        var batch = Interlocked.Exchange(ref _pending, new());
        if (batch.IsEmpty) return;

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var ((articleId, hourUtc), views) in batch)
        {
            // CASE: the article may have been deleted since it was read; such counts are dropped.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ArticleViewCounts (ArticleId, HourUtc, Views)
                SELECT {articleId}, {hourUtc}, {views} WHERE EXISTS (SELECT 1 FROM Articles WHERE Id = {articleId})
                ON CONFLICT (ArticleId, HourUtc) DO UPDATE SET Views = Views + excluded.Views
                """, ct);
        }
        await transaction.CommitAsync(ct);
        log.LogDebug("Wrote {Count} view counters", batch.Count);
    }

    /// <summary>Counts a reader's successful GET of an article page, whether it came from the output cache or not.</summary>
    public static IApplicationBuilder UseViewCounting(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath != "/Articles/Show") return;
        if (context.User.Identity?.IsAuthenticated == true || IsBotOrPrefetch(context.Request)) return;
        if (context.GetRouteValue("slugAndId") is string slugAndId && ArticleLinks.TryParseSlugAndId(slugAndId, out _, out var id))
            context.RequestServices.GetRequiredService<ViewCounter>().Record(id);
    });

    private static bool IsBotOrPrefetch(HttpRequest request) =>
        request.Headers["Sec-Purpose"].ToString().Contains("prefetch") || request.Headers["Purpose"].ToString().Contains("prefetch")
        || string.IsNullOrWhiteSpace(request.Headers.UserAgent) || BotPattern().IsMatch(request.Headers.UserAgent.ToString());

    [GeneratedRegex(@"bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl|wget|python|httpclient|java/|go-http|headless|lighthouse|pingdom", RegexOptions.IgnoreCase)]
    private static partial Regex BotPattern();
}

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
        await FlushSafelyAsync(CancellationToken.None);
    }

    private async Task FlushSafelyAsync(CancellationToken ct)
    {
        try
        {
            await counter.FlushAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            log.LogWarning(ex, "View counts could not be written; they are dropped");
        }
    }
}
