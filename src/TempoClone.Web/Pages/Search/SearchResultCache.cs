using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// Recent searches' results (one page and the match count, not the rendered page), kept in memory so the same query
/// asked again runs no SQL: each for at most Site:SearchResultSeconds, and never past an editor's change: every
/// reader-cache eviction (a save, publish, unpublish, a scheduled story going live) moves
/// <see cref="ReaderEvictions.Generation"/>, and an entry from an older generation is not used.
/// Requests for a search that is already running wait for it rather than run it again; a search that runs takes a
/// turn at the <see cref="SearchGate"/>.
/// At most <see cref="MaxEntries"/> are kept (a page of stories each: a few MB in all); past that a new result is not
/// kept until others expire, which they all do within the seconds.
/// </summary>
public sealed class SearchResultCache(ReaderEvictions evictions, TimeProvider clock, IOptions<SiteOptions> site, SearchGate gate) : IDisposable
{
    public const int MaxEntries = 200;

    private sealed record Entry(long Generation, DateTime ValidUntilUtc, Task<SearchResults> Results);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly Lock _lock = new();

    public async Task<SearchResults> GetAsync(SearchKey key, Func<DateTime, Task<SearchResults>> find)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromSeconds(site.Value.SearchResultSeconds);
        if (lifetime <= TimeSpan.Zero) return await gate.RunAsync(() => find(nowUtc));

        var running = new TaskCompletionSource<SearchResults>(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = FreshOrStart(key, nowUtc, lifetime, running.Task);
        if (results != running.Task) return await results;
        try
        {
            running.SetResult(await gate.RunAsync(() => find(nowUtc)));
        }
        catch (Exception error)
        {
            // CASE: a failed search is not kept; the requests waiting for it fail with it, the next one runs it again.
            lock (_lock)
                if (_entries.TryGetValue(key, out Entry? entry) && entry!.Results == running.Task) _entries.Remove(key);
            running.SetException(error);
        }
        return await running.Task;
    }

    /// <summary>The results kept for this search if still fresh; otherwise <paramref name="starting"/>, kept in their place.</summary>
    private Task<SearchResults> FreshOrStart(SearchKey key, DateTime nowUtc, TimeSpan lifetime, Task<SearchResults> starting)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out Entry? entry) && entry!.Generation == evictions.Generation && nowUtc < entry.ValidUntilUtc)
                return entry.Results;
            // The generation is read before the query runs: an eviction while it runs makes this result old at once.
            _entries.Set(key, new Entry(evictions.Generation, nowUtc + lifetime, starting),
                new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
            return starting;
        }
    }

    public void Dispose() => _entries.Dispose();
}
