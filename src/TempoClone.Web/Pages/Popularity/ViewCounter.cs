using StackExchange.Redis;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// First-party view counting for "Terpopuler": a view counts when the reader was not seen this hour
/// (<see cref="SeenReaders"/>, or <see cref="SharedSeenReaders"/> across instances), into a buffer written in batches
/// (<see cref="PendingViews"/>, flushed by <see cref="ViewCounterFlusher"/>). Which requests are views:
/// <see cref="PageViewSignals"/>, asked by <see cref="ViewCountingMiddleware"/>. A source (an IPv4 address, or an IPv6
/// /64: one household or phone's whole range) counts once per article and hour, and at most
/// <see cref="MaxViewsPerSourcePerHour"/> times an hour in all.
/// CASE: the user agent is not part of the key: a client choosing a new one for each request counted again each time.
/// </summary>
public sealed class ViewCounter(SeenReaders seen, SharedSeenReaders sharedSeen, PendingViews pending, TimeProvider clock, ILogger<ViewCounter> log)
{
    /// <summary>Distinct readers remembered per hour; past it, further views that hour are not counted.</summary>
    public const int MaxReadersPerHour = 500_000;

    /// <summary>
    /// Views one source may add to Terpopuler in an hour (each a different article). A person reads far fewer; a whole
    /// office behind one address is undercounted rather than one script counting as many readers. It also keeps the
    /// hourly set above out of one source's reach: filling it takes <see cref="MaxReadersPerHour"/> / this many sources.
    /// </summary>
    public const int MaxViewsPerSourcePerHour = 30;

    /// <summary>Counts a view once per source, article and hour, and at most <see cref="MaxViewsPerSourcePerHour"/> per source and hour, on this instance.</summary>
    public bool Record(int articleId, string clientAddress)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!seen.FirstView(articleId, ReaderKeys.SourceOf(clientAddress), now)) return false;
        pending.Add(articleId, ReaderKeys.HourOf(now));
        return true;
    }

    /// <summary><see cref="Record"/> for every instance at once when Redis is configured; on a Redis outage, this instance alone.</summary>
    public async Task<bool> RecordAsync(int articleId, string clientAddress)
    {
        if (!sharedSeen.IsConfigured) return Record(articleId, clientAddress);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            if (!await sharedSeen.FirstViewAsync(articleId, ReaderKeys.SourceOf(clientAddress), now)) return false;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            log.LogWarning("Readers seen are not reachable in Redis; this view is counted by this instance alone: {Reason}", ex.Message);
            return Record(articleId, clientAddress);
        }
        pending.Add(articleId, ReaderKeys.HourOf(now));
        return true;
    }

    /// <summary>Who is counted once (<see cref="ReaderKeys.SourceOf"/>).</summary>
    public static string SourceOf(string clientAddress) => ReaderKeys.SourceOf(clientAddress);

    /// <summary>Views counted and not yet written (the metric tempo.view_counts.pending).</summary>
    public int PendingViews => pending.Count;

    /// <summary>Writes what is pending (<see cref="Popularity.PendingViews.FlushAsync"/>).</summary>
    public Task FlushAsync(CancellationToken ct = default) => pending.FlushAsync(ct);
}
