using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data;

/// <summary>
/// The frames of every framed photo (<see cref="PhotoFrame"/>), read in one query and kept until the next change of what
/// readers see (<see cref="ReaderEvictions"/>, which a new frame moves) and at most a minute (another server's change),
/// so drawing a page's photos costs no query each. Only photos someone framed have a row: a few per story at most.
/// </summary>
public sealed class PhotoFrames(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock) : IPhotoFrameSource
{
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    private sealed record Snapshot(long Generation, DateTime ValidUntilUtc, IReadOnlyDictionary<string, PhotoFrame> Frames);

    private Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<string, PhotoFrame>> CurrentAsync(CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        // CASE: the generation is read before the rows, so a frame saved while they are read reloads them next time.
        var generation = evictions.Generation;
        if (_snapshot is { } known && known.Generation == generation && nowUtc < known.ValidUntilUtc) return known.Frames;

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var frames = await db.PhotoFrames.AsNoTracking().ToDictionaryAsync(f => f.PhotoPath, StringComparer.Ordinal, ct);
        _snapshot = new Snapshot(generation, nowUtc + Remembered, frames);
        return frames;
    }
}
