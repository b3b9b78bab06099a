using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// First-party view counting for "Terpopuler": counts are kept in memory and written in batches (every few seconds
/// and at shutdown), so a page view costs no database write. A source (an IPv4 address, or an IPv6 /64: one household or
/// phone's whole range) counts once per article and hour, and at most <see cref="MaxViewsPerSourcePerHour"/> times an
/// hour in all; bots, prefetches, logged-in staff and requests that do not look like a page view are not counted.
/// CASE: the user agent is not part of the key: a client choosing a new one for each request counted again each time.
/// </summary>
public sealed partial class ViewCounter(IServiceScopeFactory scopes, MostRead mostRead, TimeProvider clock, SharedRedis redis, ILogger<ViewCounter> log)
{
    /// <summary>Distinct readers remembered per hour; past it, further views that hour are not counted.</summary>
    public const int MaxReadersPerHour = 500_000;

    /// <summary>
    /// Views one source may add to Terpopuler in an hour (each a different article). A person reads far fewer; a whole
    /// office behind one address is undercounted rather than one script counting as many readers. It also keeps the
    /// hourly set above out of one source's reach: filling it takes <see cref="MaxReadersPerHour"/> / this many sources.
    /// </summary>
    public const int MaxViewsPerSourcePerHour = 30;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Dictionary<(int ArticleId, DateTime HourUtc), int> _pending = new();
    private readonly HashSet<string> _seenThisHour = [];
    private readonly Dictionary<string, int> _countedBySourceThisHour = [];
    private DateTime _seenHourUtc;
    private byte[] _dayKey = [];
    private DateOnly _keyDay;
    private byte[] _sharedDayKey = [];
    private DateOnly _sharedKeyDay;

    /// <summary>
    /// Counts a view once per source, article and hour, and at most <see cref="MaxViewsPerSourcePerHour"/> per source
    /// and hour. The source is kept as a keyed hash; the key is random, lives only in memory and changes every day, so
    /// nothing stored can be traced back to a person.
    /// </summary>
    public bool Record(int articleId, string clientAddress)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = HourOf(now);
        var source = SourceOf(clientAddress);
        lock (_gate)
        {
            if (hour != _seenHourUtc)
            {
                _seenThisHour.Clear();
                _countedBySourceThisHour.Clear();
                _seenHourUtc = hour;
            }
            var key = DayKey(now);
            var sourceKey = ReaderKey(key, 0, source);
            var counted = _countedBySourceThisHour.GetValueOrDefault(sourceKey);
            // CASE: the per-source cap comes before the hourly set, so one source adds at most that many entries to it.
            if (counted >= MaxViewsPerSourcePerHour || _seenThisHour.Count >= MaxReadersPerHour || !_seenThisHour.Add(ReaderKey(key, articleId, source))) return false;
            _countedBySourceThisHour[sourceKey] = counted + 1;
            CountView(articleId, hour);
        }
        return true;
    }

    /// <summary>Who is counted once: an IPv4 address, or the /64 of an IPv6 one (<see cref="ClientNetworks"/>).</summary>
    public static string SourceOf(string clientAddress) =>
        IPAddress.TryParse(clientAddress, out var address) ? ClientNetworks.NetworkOf(address) : clientAddress;

    /// <summary>Views counted and not yet written (the metric tempo.view_counts.pending).</summary>
    public int PendingViews
    {
        get { lock (_gate) return _pending.Values.Sum(); }
    }

    private static DateTime HourOf(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);

    /// <summary>One more view pending for the article and hour; the caller holds <see cref="_gate"/>.</summary>
    private void CountView(int articleId, DateTime hour) => _pending[(articleId, hour)] = _pending.GetValueOrDefault((articleId, hour)) + 1;

    /// <summary>Today's random key; the caller holds <see cref="_gate"/>.</summary>
    private byte[] DayKey(DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        if (today != _keyDay)
        {
            _dayKey = RandomNumberGenerator.GetBytes(32);
            _keyDay = today;
        }
        return _dayKey;
    }

    /// <summary>The source's key for one article, or (article 0) for the source's hourly cap.</summary>
    private static string ReaderKey(byte[] dayKey, int articleId, string source) =>
        Convert.ToBase64String(HMACSHA256.HashData(dayKey, Encoding.UTF8.GetBytes($"{articleId}\n{source}")));

    /// <summary>
    /// <see cref="Record"/> for every instance at once: with Redis configured, the day's key and the readers seen this
    /// hour live in Redis, so a reader sent to another instance by the load balancer is still counted once. The key is
    /// still random and daily (the first instance to need it makes it; it expires after two days).
    /// </summary>
    public async Task<bool> RecordAsync(int articleId, string clientAddress)
    {
        if (!redis.IsConfigured) return Record(articleId, clientAddress);
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = HourOf(now);
        var source = SourceOf(clientAddress);
        try
        {
            var shared = redis.Connection.GetDatabase();
            var dayKey = await SharedDayKeyAsync(shared, DateOnly.FromDateTime(now));
            // CASE: SET NX answers true only for the first instance to see this source, article and hour.
            if (!await shared.StringSetAsync(redis.Key($"seen:{hour:yyyyMMddHH}:{ReaderKey(dayKey, articleId, source)}"), "", SeenFor, When.NotExists)) return false;
            var sourceCount = redis.Key($"source:{hour:yyyyMMddHH}:{ReaderKey(dayKey, 0, source)}");
            var counted = await shared.StringIncrementAsync(sourceCount);
            if (counted == 1) await shared.KeyExpireAsync(sourceCount, SeenFor);
            if (counted > MaxViewsPerSourcePerHour) return false;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            log.LogWarning("Readers seen are not reachable in Redis; this view is counted by this instance alone: {Reason}", ex.Message);
            return Record(articleId, clientAddress);
        }
        lock (_gate) CountView(articleId, hour);
        return true;
    }

    private static readonly TimeSpan SeenFor = TimeSpan.FromMinutes(61);
    private static readonly TimeSpan SharedKeyFor = TimeSpan.FromDays(2);

    private async Task<byte[]> SharedDayKeyAsync(IDatabase shared, DateOnly today)
    {
        lock (_gate)
            if (_sharedKeyDay == today) return _sharedDayKey;
        var name = redis.Key($"reader-key:{today:yyyyMMdd}");
        await shared.StringSetAsync(name, RandomNumberGenerator.GetBytes(32), SharedKeyFor, When.NotExists);
        var key = (byte[])(await shared.StringGetAsync(name))!;
        lock (_gate)
        {
            _sharedDayKey = key;
            _sharedKeyDay = today;
        }
        return key;
    }

    /// <summary>
    /// Writes what is pending. A batch that fails goes back into the buffer and is written with the next one. One
    /// flush at a time: a caller returns only once every view recorded before its call is written or back in the
    /// buffer, never while another caller's batch is still being written (the host may stop from two places at once).
    /// </summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        await _writing.WaitAsync(ct);
        try
        {
            await FlushPendingAsync(ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task FlushPendingAsync(CancellationToken ct)
    {
        Dictionary<(int ArticleId, DateTime HourUtc), int> batch;
        lock (_gate)
        {
            // CASE: the swap happens under the same lock as every increment, so no view lands in a batch already being written.
            batch = _pending;
            _pending = new();
        }
        if (batch.Count == 0) return;

        try
        {
            await WriteAsync(batch, ct);
            mostRead.CountsWritten();
            log.LogDebug("Wrote {Count} view counters", batch.Count);
        }
        catch
        {
            lock (_gate)
                foreach (var (key, views) in batch) _pending[key] = _pending.GetValueOrDefault(key) + views;
            throw;
        }
    }

    private async Task WriteAsync(Dictionary<(int ArticleId, DateTime HourUtc), int> batch, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var ((articleId, hourUtc), views) in batch)
        {
            // CASE: the article may have been deleted since it was read; such counts are dropped.
            // Quoted names and an upsert both engines read alike (SQLite and PostgreSQL).
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ArticleViewCounts" ("ArticleId", "HourUtc", "Views")
                SELECT {articleId}, {hourUtc}, {views} WHERE EXISTS (SELECT 1 FROM "Articles" WHERE "Id" = {articleId})
                ON CONFLICT ("ArticleId", "HourUtc") DO UPDATE SET "Views" = "ArticleViewCounts"."Views" + excluded."Views"
                """, ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>Counts a reader's successful GET of an article page, whether it came from the output cache or not.</summary>
    public static IApplicationBuilder UseViewCounting(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath != "/Articles/Show") return;
        if (context.User.Identity?.IsAuthenticated == true || IsBotOrPrefetch(context.Request) || !LooksLikePageView(context.Request)) return;
        if (context.GetRouteValue("slugAndId") is string slugAndId && ArticleLinks.TryParseSlugAndId(slugAndId, out _, out var id))
            await context.RequestServices.GetRequiredService<ViewCounter>().RecordAsync(id, context.ClientAddress());
    });

    /// <summary>
    /// What a browser sends when a person opens a page: it asks for HTML in some language, and when it sends fetch
    /// metadata, the request is a top-level navigation. A script replaying a user agent rarely sends all of it.
    /// </summary>
    public static bool LooksLikePageView(HttpRequest request)
    {
        var headers = request.Headers;
        if (!headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(headers.AcceptLanguage)) return false;
        var dest = headers["Sec-Fetch-Dest"].ToString();
        var mode = headers["Sec-Fetch-Mode"].ToString();
        return (dest.Length == 0 || dest == "document") && (mode.Length == 0 || mode == "navigate");
    }

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
