using TempoClone.Web.Data;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// After a change commits, the cached reader pages that showed or now show it go (evicted before the commit, a page
/// could be cached again from the old rows). An article evicts its footprint (<see cref="ReaderFootprint"/>); a kanal,
/// the picks, a standing page or the breaking-news bar is on every page (masthead, rail, footer), so every page goes;
/// the front page's slots are only on the home page.
/// </summary>
public sealed class ReaderPagesEviction(TempoDbContext db, ReaderEvictions evictions) : INewsroomSubscriber<NewsroomEvent>
{
    public async Task HandleAsync(NewsroomEvent change, CancellationToken ct)
    {
        switch (change)
        {
            // The article, the corrections page and the feeds (its modified time moved).
            case ArticleCorrected or ArticleCorrectionChanged:
                await evictions.EvictAsync([.. ReaderTags.OfArticle(((ArticleEvent)change).Article.Id), ReaderTags.AnyArticle], ct);
                break;
            // CASE: a draft or scheduled story is on no reader page; a scheduled one is evicted at its minute (ScheduledArticles).
            case ArticleEvent { ShownBefore: { } before } article when article.WasLive || article.Article.IsLive(article.AtUtc):
                await ReaderFootprint.EvictAsync(evictions, before, await ReaderFootprint.ReadAsync(db, [article.Article.Id], article.AtUtc, ct), ct);
                break;
            // CASE: the pages of every story showing the photo, listing pages included (they carry its tag); PhotoFrames reloads.
            case PhotoFramed framed:
                await evictions.EvictAsync(framed.ArticleIds.Select(ReaderTags.Article), ct);
                break;
            case FrontPageChanged { OnEveryPage: false }:
                await evictions.EvictAsync([ReaderTags.Home], ct);
                break;
            case KanalSaved or PicksChanged or SitePageSaved or FrontPageChanged:
                await evictions.EvictAllAsync(ct);
                break;
        }
    }
}
