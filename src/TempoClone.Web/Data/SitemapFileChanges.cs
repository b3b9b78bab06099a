using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>
/// The write path's side of the stored sitemap files (<see cref="SitemapFile"/>): a change moves the rows' change count
/// and lastmod, in the shared database, so every instance builds the file again on its next request and no other file is
/// touched. One UPDATE by the primary key's range; nothing when the file was never built.
/// </summary>
public static class SitemapFileChanges
{
    /// <summary>The file listing this story changed at <paramref name="atUtc"/>.</summary>
    public static Task MarkSitemapOfArticleStaleAsync(this TempoDbContext db, int articleId, DateTime atUtc, CancellationToken ct) =>
        MarkStaleAsync(db.SitemapFiles.Where(f => f.FirstId <= articleId && f.LastId >= articleId), atUtc, ct);

    /// <summary>The first file, which lists the standing pages and the kanals in use, changed.</summary>
    public static Task MarkStandingSitemapStaleAsync(this TempoDbContext db, DateTime atUtc, CancellationToken ct) =>
        MarkStaleAsync(db.SitemapFiles.Where(f => f.FirstId == 1), atUtc, ct);

    private static Task MarkStaleAsync(IQueryable<SitemapFile> files, DateTime atUtc, CancellationToken ct) =>
        files.ExecuteUpdateAsync(set => set.SetProperty(f => f.Changes, f => f.Changes + 1).SetProperty(f => f.LastModifiedUtc, atUtc), ct);
}
