using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Sets a stored photo's focal point and crop (<see cref="PhotoFrame"/>): its renditions are drawn once here, under a new
/// version, then the frame is committed through the write path (<see cref="PhotoFramed"/>: the audit log, and the reader
/// pages of every story showing the photo are evicted), then the previous version's files are removed.
/// </summary>
public sealed partial class PhotoFramer(TempoDbContext db, NewsroomEvents events, PhotoStore store, TimeProvider clock, ILogger<PhotoFramer> log)
{
    /// <summary>One frame drawn at a time per server: two saves at once would otherwise write the same version's files.</summary>
    private static readonly SemaphoreSlim Drawing = new(1, 1);

    public sealed record Input(int FocusX, int FocusY, int CropLeft, int CropTop, int CropRight, int CropBottom);

    /// <summary>The Indonesian reason the numbers cannot be a frame, or null.</summary>
    public static string? Problem(Input input)
    {
        if (new[] { input.FocusX, input.FocusY, input.CropLeft, input.CropTop, input.CropRight, input.CropBottom }.Any(n => n is < 0 or > 100))
            return "Setiap angka harus antara 0 dan 100 persen.";
        if (100 - input.CropLeft - input.CropRight < PhotoFrame.MinKeptPercent || 100 - input.CropTop - input.CropBottom < PhotoFrame.MinKeptPercent)
            return $"Potongan terlalu banyak: sisakan paling sedikit {PhotoFrame.MinKeptPercent} persen lebar dan tinggi foto.";
        return null;
    }

    /// <summary>The stories showing the photo, as their lead, their image for sharing or in their text (trashed ones too: they may come back).</summary>
    public async Task<IReadOnlyList<Article>> ShownByAsync(string path, CancellationToken ct = default)
    {
        var ids = await db.Articles.Where(a => a.LeadPhoto != null && a.LeadPhoto.ImagePath == path).Select(a => a.Id)
            // The partial index on the social image (IX_Articles_SocialImagePath) serves only a query naming its condition.
            .Union(db.Articles.Where(a => a.Sharing.SocialImagePath != "" && a.Sharing.SocialImagePath == path).Select(a => a.Id))
            .Union(db.Set<ArticlePhotoUse>().Where(u => u.PhotoPath == path).Select(u => u.ArticleId))
            .ToListAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderByDescending(a => a.UpdatedAtUtc).ToListAsync(ct);
    }

    /// <summary>
    /// A photo every story of which this staff member may change: editors frame any photo; a Kontributor only one that no
    /// story but their own drafts shows (a live story's photo is the desk's).
    /// </summary>
    public static bool MayFrame(ClaimsPrincipal user, IReadOnlyList<Article> shownBy) =>
        user.IsPublisher() || (shownBy.Count > 0 && shownBy.All(user.MayEdit));

    public Task<PhotoFrame?> LoadAsync(string path, CancellationToken ct = default) =>
        db.PhotoFrames.AsNoTracking().SingleOrDefaultAsync(f => f.PhotoPath == path, ct);

    /// <summary>Draws and commits the new frame; false when the photo's file cannot be read.</summary>
    public async Task<bool> SaveAsync(string path, Input input, IReadOnlyList<int> shownBy, string userName, CancellationToken ct = default)
    {
        await Drawing.WaitAsync(ct);
        try
        {
            var frame = await db.PhotoFrames.SingleOrDefaultAsync(f => f.PhotoPath == path, ct);
            if (frame is null) db.PhotoFrames.Add(frame = new PhotoFrame { PhotoPath = path });
            var previous = frame.Version;
            (frame.FocusX, frame.FocusY, frame.CropLeft, frame.CropTop, frame.CropRight, frame.CropBottom) =
                (input.FocusX, input.FocusY, input.CropLeft, input.CropTop, input.CropRight, input.CropBottom);
            frame.Version = previous + 1;
            frame.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;

            var written = 0;
            if (!PhotoFrameWriter.Write(Path.Combine(store.MediaFolder, path), frame, (relative, data) =>
            {
                using var output = File.Create(Path.Combine(store.MediaFolder, relative));
                data.SaveTo(output);
                written++;
            })) return false;

            await events.CommitAsync(new PhotoFramed(path, shownBy, userName, frame.UpdatedAtUtc), ct: ct);
            log.LogInformation("Photo {Path} framed by {User}: focus {FocusX}%,{FocusY}%, version {Version}, {FileCount} files, {StoryCount} stories evicted",
                path, userName, frame.FocusX, frame.FocusY, frame.Version, written, shownBy.Count);
            RemoveVersionsBefore(path, frame.Version);
            return true;
        }
        finally
        {
            Drawing.Release();
        }
    }

    /// <summary>The files of earlier frames: no page names them any more (their pages were evicted).</summary>
    private void RemoveVersionsBefore(string path, int version)
    {
        var folder = Path.Combine(store.MediaFolder, Path.GetDirectoryName(path)!);
        var stem = Path.GetFileNameWithoutExtension(path);
        foreach (var file in Directory.EnumerateFiles(folder, stem + "-*"))
        {
            if (FramedFilePattern().Match(Path.GetFileName(file)) is { Success: true } match && int.Parse(match.Groups["version"].Value) < version)
                File.Delete(file);
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{32}-[fts](?<version>\d{1,9})-\d{1,4}\.(jpg|webp)$")]
    private static partial Regex FramedFilePattern();
}
