using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// The site-wide bound on searches running against the database at once (Site:SearchesAtOnce), beside the bound per
/// client address (<see cref="SearchLimit"/>, which 32 readers behind 32 addresses never reach). A full-text search of a
/// common word holds its matches' lists in SQLite's memory while it runs, more the larger the archive: 32 at once held
/// about 200 MB more than a few at a time at two million stories (issue 20), for no more searches a second, as they
/// share the same cores. The others wait their turn; a result still kept (<see cref="SearchResultCache"/>) needs none.
/// </summary>
public sealed class SearchGate(IOptions<SiteOptions> site) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(site.Value.SearchesAtOnce);
    private int _waiting;

    /// <summary>Searches waiting for a turn now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<T> RunAsync<T>(Func<Task<T>> search)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turns.WaitAsync();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        try
        {
            return await search();
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose() => _turns.Dispose();
}
