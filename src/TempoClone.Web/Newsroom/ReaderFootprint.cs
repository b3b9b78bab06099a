using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Where articles show on the reader site: their own pages, their kanal, tags and reporters, and the masthead's kanal
/// list. Read before and after a change, it names exactly the cached pages to evict (<see cref="ReaderTags"/>).
/// </summary>
public sealed record ReaderFootprint(IReadOnlyList<int> ArticleIds, IReadOnlyList<int> KanalIds, IReadOnlyList<int> TagIds,
    IReadOnlyList<int> ReporterIds, IReadOnlyList<int> LiveKanalIds)
{
    public static readonly ReaderFootprint None = new([], [], [], [], []);

    public static async Task<ReaderFootprint> ReadAsync(TempoDbContext db, IReadOnlyCollection<int> articleIds, DateTime nowUtc, CancellationToken ct)
    {
        var ids = articleIds.ToList();
        return new ReaderFootprint(ids,
            await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.KanalId).Distinct().ToListAsync(ct),
            await db.Set<ArticleTag>().Where(t => ids.Contains(t.ArticleId)).Select(t => t.TagId).Distinct().ToListAsync(ct),
            await db.Set<ArticleByline>().Where(b => ids.Contains(b.ArticleId)).Select(b => b.ReporterId).Distinct().ToListAsync(ct),
            await db.Kanals.InUse(db.Articles, nowUtc).OrderBy(k => k.Id).Select(k => k.Id).ToListAsync(ct));
    }

    /// <summary>
    /// Evicts what showed the articles before and what shows them now. CASE: when the masthead's kanal list changed
    /// (a kanal's first live story, or its last one gone), every page shows the change, so every page goes.
    /// </summary>
    public static Task EvictAsync(ReaderEvictions evictions, ReaderFootprint before, ReaderFootprint after, CancellationToken ct)
    {
        if (!before.LiveKanalIds.SequenceEqual(after.LiveKanalIds)) return evictions.EvictAllAsync(ct);
        var tags = before.ArticleIds.Union(after.ArticleIds).SelectMany(ReaderTags.OfArticle)
            .Concat(before.KanalIds.Union(after.KanalIds).Select(ReaderTags.Kanal))
            .Concat(before.TagIds.Union(after.TagIds).Select(ReaderTags.Tag))
            .Concat(before.ReporterIds.Union(after.ReporterIds).Select(ReaderTags.Reporter))
            .Append(ReaderTags.Home).Append(ReaderTags.AnyArticle);
        return evictions.EvictAsync(tags, ct);
    }
}
