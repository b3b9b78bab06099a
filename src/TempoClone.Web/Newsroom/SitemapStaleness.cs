using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Marks the stored sitemap files a change touches (<see cref="SitemapFileChanges"/>): the file of a story whose URL,
/// lastmod or presence on the site changed, and the first file when a standing page or the kanals in use changed.
/// Registered ahead of <see cref="ReaderPagesEviction"/>: the stored file is stale before the cached copy goes, so no
/// request in between caches the old file again. A scheduled story's minute needs no event: the file expires then
/// (<see cref="SitemapFile.ExpiresAtUtc"/>).
/// </summary>
public sealed class SitemapStaleness(TempoDbContext db) : INewsroomSubscriber<NewsroomEvent>
{
    public async Task HandleAsync(NewsroomEvent change, CancellationToken ct)
    {
        switch (change)
        {
            // CASE: only changes a sitemap shows (URL, lastmod, live or not); a note or the review desk's moves are staff-only.
            case ArticleSaved or ArticlePublished or ArticleScheduled or ArticleWithdrawn or ArticleCorrected or ArticleCorrectionChanged
                or ArticleTrashed or ArticleRestored when change is ArticleEvent article && (article.WasLive || article.Article.IsLive(article.AtUtc)):
                await db.MarkSitemapOfArticleStaleAsync(article.Article.Id, article.AtUtc, ct);
                if (await KanalsInUseChangedAsync(article, ct)) await db.MarkStandingSitemapStaleAsync(article.AtUtc, ct);
                break;
            case SitePageSaved:
                await db.MarkStandingSitemapStaleAsync(change.AtUtc, ct);
                break;
        }
    }

    // CASE: no footprint read before the change (an import's batch, heard after its commit): not known, so it changed.
    private async Task<bool> KanalsInUseChangedAsync(ArticleEvent article, CancellationToken ct) =>
        article.ShownBefore is not { } before
        || !before.LiveKanalIds.SequenceEqual(await db.Kanals.InUse(db.Articles, article.AtUtc).OrderBy(k => k.Id).Select(k => k.Id).ToListAsync(ct));
}
