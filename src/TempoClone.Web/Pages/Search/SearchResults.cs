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

/// <summary>A page of results and how many stories matched in all (at most <see cref="SearchIndex.MaxCandidates"/>).</summary>
public sealed record SearchResults(int TotalCount, IReadOnlyList<SearchResult> Page)
{
    /// <summary>
    /// Runs the search: the index's best <see cref="SearchIndex.MaxCandidates"/> matches, joined to the live articles the
    /// filters keep, in one statement; they are counted, ordered and paged in memory. Then the cards and excerpts of
    /// the page shown only (excerpts read the text).
    /// </summary>
    public static async Task<SearchResults> FindAsync(TempoDbContext db, SearchKey key, int pageSize, DateTime nowUtc)
    {
        var index = SearchIndex.For(db, key.Terms);
        var articles = db.Articles.AsNoTracking().Published(nowUtc);
        if (key.Kanal is { } kanal) articles = articles.Where(a => a.Kanal.Slug == kanal);
        if (key.FromUtc is { } fromUtc) articles = articles.Where(a => a.PublishedAtUtc >= fromUtc);
        if (key.EndUtc is { } endUtc) articles = articles.Where(a => a.PublishedAtUtc < endUtc);
        // The full-text index drives the query (matches are looked up in Articles by key, never the other way round),
        // so the commonest word costs one pass over its index entries, not a join and sort of every match.
        var candidates = await index.Hits()
            .Join(articles.Select(ArticleRules.WithRulesInlined((Article a) => new { a.Id, a.HasFullText })),
                hit => hit.Id, article => article.Id, (hit, article) => new { hit.Id, hit.Rank, hit.TitleMatch, article.HasFullText })
            .ToListAsync();

        // A title match first; within the same kind of match, a full article before a story known only by its summary.
        var ids = candidates.OrderByDescending(c => c.TitleMatch).ThenByDescending(c => c.HasFullText)
            .ThenBy(c => c.Rank).ThenByDescending(c => c.Id)
            .Skip((key.Page - 1) * pageSize).Take(pageSize).Select(c => c.Id).ToList();
        if (ids.Count == 0) return new SearchResults(candidates.Count, []);

        var excerpts = await index.ExcerptsAsync(ids);
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle).ToDictionaryAsync(c => c.Id);
        return new SearchResults(candidates.Count, ids.Select(id => new SearchResult(cards[id], Excerpt(cards[id], excerpts.GetValueOrDefault(id, "")))).ToList());
    }

    // CASE: a summary that only repeats the headline adds nothing under it.
    private static IReadOnlyList<(string Text, bool Highlighted)> Excerpt(StoryCard story, string snippet)
    {
        var parts = SearchSnippet.Parts(snippet);
        return string.Concat(parts.Select(p => p.Text)).Trim().TrimEnd('.').Equals(story.Title.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) ? [] : parts;
    }
}
