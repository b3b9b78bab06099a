using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// Counted views not yet in the database, per article and hour, written in one transaction by the engine's upsert
/// (<see cref="DatabaseEngine.AddViewsAsync"/>). A page view costs no database write.
/// </summary>
public sealed class PendingViews(IServiceScopeFactory scopes, MostRead mostRead, ILogger<PendingViews> log)
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Dictionary<(int ArticleId, DateTime HourUtc), int> _pending = new();

    /// <summary>Views counted and not yet written (the metric tempo.view_counts.pending).</summary>
    public int Count
    {
        get { lock (_gate) return _pending.Values.Sum(); }
    }

    public void Add(int articleId, DateTime hourUtc)
    {
        lock (_gate) _pending[(articleId, hourUtc)] = _pending.GetValueOrDefault((articleId, hourUtc)) + 1;
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
        var engine = db.GetEngine();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var ((articleId, hourUtc), views) in batch) await engine.AddViewsAsync(db, articleId, hourUtc, views, ct);
        await transaction.CommitAsync(ct);
    }
}
