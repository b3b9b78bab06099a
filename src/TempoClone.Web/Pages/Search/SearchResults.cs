using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// One search as the results depend on it: the words (<see cref="SearchQuery.Terms"/>, space-separated), the filters
/// as read, and the page. Two requests with the same key show the same stories, so it keys <see cref="SearchResultCache"/>.
/// </summary>
public sealed record SearchKey(string Words, string? Kanal, DateTime? FromUtc, DateTime? EndUtc, int Page)
{
    public static SearchKey For(IReadOnlyList<string> words, string? kanal, DateTime? fromUtc, DateTime? endUtc, int page) =>
        new(string.Join(' ', words), string.IsNullOrEmpty(kanal) ? null : kanal, fromUtc, endUtc, page);

    public IReadOnlyList<string> Terms => Words.Split(' ');
}

/// <summary>A found story with its excerpt, split into plain and highlighted runs.</summary>
public sealed record SearchResult(StoryCard Story, IReadOnlyList<(string Text, bool Highlighted)> Excerpt);

/// <summary>
/// A page of results and how many stories matched in all (at most <see cref="SearchIndex.MaxCandidates"/>); when
/// <paramref name="Capped"/>, more matched than were kept, and the page says so.
/// </summary>
public sealed record SearchResults(int TotalCount, IReadOnlyList<SearchResult> Page, bool Capped = false)
{
    /// <summary>
    /// Runs the search: the index's best <see cref="SearchIndex.MaxCandidates"/> matches, joined to the live articles
    /// (of the kanal asked for) in one statement; they are filtered by date, counted, ordered and paged in memory.
    /// Then the cards and excerpts of the page shown only (excerpts read the text).
    /// </summary>
    public static async Task<SearchResults> FindAsync(TempoDbContext db, SearchKey key, int pageSize, DateTime nowUtc)
    {
        var index = SearchIndex.For(db, key.Terms);
        var articles = db.Articles.AsNoTracking().Published(nowUtc);
        if (key.Kanal is { } kanal) articles = articles.Where(a => a.Kanal.Slug == kanal);
        // The full-text index drives the query (matches are looked up in Articles by key, never the other way round),
        // so the commonest word costs one pass over its newest index entries, not a join and sort of every match.
        var candidates = await index.Hits()
            .Join(articles.Select(ArticleRules.WithRulesInlined((Article a) => new { a.Id, a.HasFullText, a.PublishedAtUtc })),
                hit => hit.Id, article => article.Id, (hit, article) => new { hit.Id, hit.Rank, hit.TitleMatch, hit.ExactMatch, article.HasFullText, article.PublishedAtUtc })
            .ToListAsync();
        // CASE: the date range is applied here, to the candidates: in SQL a range bounded on both sides (with "published
        // by now") made SQLite walk every article of the range through the date index instead of looking up the candidates.
        var found = candidates.Where(c => (key.FromUtc is not { } fromUtc || c.PublishedAtUtc >= fromUtc) && (key.EndUtc is not { } endUtc || c.PublishedAtUtc < endUtc)).ToList();

        // A title match first, then the words as typed before a match through a root only; within the same kind of
        // match, a full article before a story known only by its summary.
        var ids = found.OrderByDescending(c => c.TitleMatch).ThenByDescending(c => c.ExactMatch).ThenByDescending(c => c.HasFullText)
            .ThenBy(c => c.Rank).ThenByDescending(c => c.Id)
            .Skip((key.Page - 1) * pageSize).Take(pageSize).Select(c => c.Id).ToList();
        var capped = candidates.Count >= SearchIndex.MaxCandidates;
        if (ids.Count == 0) return new SearchResults(found.Count, [], capped);

        var excerpts = await index.ExcerptsAsync(ids);
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle).ToDictionaryAsync(c => c.Id);
        return new SearchResults(found.Count, ids.Select(id => new SearchResult(cards[id], Excerpt(cards[id], excerpts.GetValueOrDefault(id, "")))).ToList(), capped);
    }

    // CASE: a summary that only repeats the headline adds nothing under it.
    private static IReadOnlyList<(string Text, bool Highlighted)> Excerpt(StoryCard story, string snippet)
    {
        var parts = SearchSnippet.Parts(snippet);
        return string.Concat(parts.Select(p => p.Text)).Trim().TrimEnd('.').Equals(story.Title.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) ? [] : parts;
    }
}
