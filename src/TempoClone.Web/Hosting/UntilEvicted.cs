namespace TempoClone.Web.Hosting;

/// <summary>
/// Something most reader pages show (the masthead's kanal list, the footer, Pilihan Editor, Terpopuler), kept in memory
/// so an uncached page does not ask the database for it again. It is loaded again after any reader-cache eviction
/// (an editor's change), after <see cref="Invalidate"/>, or once the time the loader gave has come.
/// </summary>
public sealed class UntilEvicted<T>(ReaderEvictions evictions, TimeProvider clock) where T : class
{
    private sealed record Entry(long Generation, DateTime ValidUntilUtc, T Value);

    private Entry? _entry;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public void Invalidate() => Volatile.Write(ref _entry, null);

    /// <param name="load">Reads the value at the given time; returns it with the time it stops being true.</param>
    public async Task<T> GetAsync(Func<DateTime, CancellationToken, Task<(T Value, DateTime ValidUntilUtc)>> load, CancellationToken ct = default)
    {
        if (Fresh() is { } value) return value;
        await _loading.WaitAsync(ct);
        try
        {
            // CASE: many requests found it stale at once; the first loads, the others take its result.
            if (Fresh() is { } loaded) return loaded;
            var generation = evictions.Generation;
            var nowUtc = clock.GetUtcNow().UtcDateTime;
            var (result, validUntilUtc) = await load(nowUtc, ct);
            Volatile.Write(ref _entry, new Entry(generation, validUntilUtc, result));
            return result;
        }
        finally
        {
            _loading.Release();
        }
    }

    private T? Fresh() => Volatile.Read(ref _entry) is { } entry && entry.Generation == evictions.Generation
        && clock.GetUtcNow().UtcDateTime < entry.ValidUntilUtc ? entry.Value : null;
}
