using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// The full-text index behind the search page, asked through the database engine (<see cref="DatabaseEngine.SearchHits"/>),
/// with the page's rules: every word required, prefixes from <see cref="SearchQuery.MinPrefixLength"/> letters, a word
/// found through its root (<see cref="IndonesianStems"/>) as well, at most <see cref="MaxRanked"/> ranked and
/// <see cref="MaxCandidates"/> kept. Visibility, filters and the order of results are decided by the page.
/// </summary>
public sealed class SearchIndex(TempoDbContext db, IReadOnlyList<string> words)
{
    /// <summary>
    /// Matches kept at most. Past it a query is too common to page through: the best ones are shown and the pager
    /// counts this many. It bounds the cost of filtering, ordering and counting whatever the word.
    /// </summary>
    public const int MaxCandidates = 300;

    /// <summary>
    /// Matches ranked at most: the newest by id, found without ranking (the index is walked from the newest and stops).
    /// Ranking reads every match it ranks, so without this the commonest word would cost in proportion to the archive
    /// (SQLite, 10,000 articles: 4.8 ms for a word in 4,300 of them; 1.2 ms with this bound, whatever the archive's size).
    /// </summary>
    public const int MaxRanked = 1000;

    private readonly FullTextQuery _query = new(SearchQuery.ToFullText(words), MaxRanked, MaxCandidates);

    public static SearchIndex For(TempoDbContext db, IReadOnlyList<string> words) => new(db, words);

    /// <summary>The best <see cref="MaxCandidates"/> of the newest <see cref="MaxRanked"/> matching articles with their rank (lower is better) and whether all words are in their title.</summary>
    public IQueryable<FullTextHit> Hits() => db.GetEngine().SearchHits(db, _query);

    /// <summary>Marked excerpts (<see cref="SearchSnippet"/>) of these articles, from the body or else the summary.</summary>
    public Task<Dictionary<int, string>> ExcerptsAsync(IReadOnlyList<int> ids) => db.GetEngine().SearchExcerptsAsync(db, _query, ids);
}
