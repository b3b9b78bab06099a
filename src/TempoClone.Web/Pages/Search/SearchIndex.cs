using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// The full-text index behind the search page, one per database engine, with the same rules: every word required,
/// prefixes from <see cref="SearchQuery.MinPrefixLength"/> letters, case and accents folded, a word found through its root
/// (<see cref="IndonesianStems"/>) as well, title 10 : summary 4 : body 1 : roots 0.5; the body without its dateline
/// (<see cref="SearchText"/>).
/// Visibility, filters and the order of results are decided by the page, the same on both.
/// </summary>
public abstract class SearchIndex
{
    public static SearchIndex For(TempoDbContext db, IReadOnlyList<string> words) =>
        db.Database.IsNpgsql() ? new PostgresSearch(db, words) : new Fts5Search(db, words);

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

    /// <summary>The best <see cref="MaxCandidates"/> of the newest <see cref="MaxRanked"/> matching articles with their rank (lower is better) and whether all words are in their title.</summary>
    public abstract IQueryable<SearchHit> Hits();

    /// <summary>Marked excerpts (<see cref="SearchSnippet"/>) of these articles, from the body or else the summary.</summary>
    public abstract Task<Dictionary<int, string>> ExcerptsAsync(IReadOnlyList<int> ids);
}

/// <summary>
/// SQLite: the FTS5 table ArticleSearch (unicode61, remove_diacritics 2, prefix indexes), ranked by bm25.
/// </summary>
public sealed class Fts5Search(TempoDbContext db, IReadOnlyList<string> words) : SearchIndex
{
    private readonly string _match = SearchQuery.ToFtsMatchWithRoots(words);

    public override IQueryable<SearchHit> Hits()
    {
        var exact = SearchQuery.ToFtsMatch(words);
        var titleMatch = SearchQuery.InTitle(exact);
        var textMatch = SearchQuery.InText(exact);
        // CASE: the two flags are looked up per candidate (MATCH with rowid =): the index seeks to the row instead of
        // reading every match of a common word.
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT best.Id, best.Rank,
                EXISTS (SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH {titleMatch} AND rowid = best.Id) AS TitleMatch,
                EXISTS (SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH {textMatch} AND rowid = best.Id) AS ExactMatch
            FROM (SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0, 0.5) AS Rank FROM ArticleSearch
                  WHERE ArticleSearch MATCH {_match} AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM ArticleSearch
                      WHERE ArticleSearch MATCH {_match} ORDER BY rowid DESC LIMIT {MaxRanked}))
                  ORDER BY Rank LIMIT {MaxCandidates}) AS best
            """);
    }

    public override async Task<Dictionary<int, string>> ExcerptsAsync(IReadOnlyList<int> ids)
    {
        var idsJson = System.Text.Json.JsonSerializer.Serialize(ids);
        return await db.Database.SqlQuery<SearchExcerpt>($"""
            SELECT rowid AS Id, snippet(ArticleSearch, 2, char(2), char(3), '…', 18) AS BodySnippet,
                snippet(ArticleSearch, 1, char(2), char(3), '…', 18) AS DeckSnippet
            FROM ArticleSearch WHERE ArticleSearch MATCH {_match} AND rowid IN (SELECT value FROM json_each({idsJson}))
            """).ToDictionaryAsync(e => e.Id, e => e.Snippet);
    }
}

/// <summary>
/// PostgreSQL: the generated tsvector column Articles.SearchVector (configuration tempo_search: simple + unaccent;
/// title weight A, summary B, word roots C, body D) behind a GIN index, ranked by ts_rank with the same 10 : 4 : 0.5 : 1 weights.
/// </summary>
public sealed class PostgresSearch(TempoDbContext db, IReadOnlyList<string> words) : SearchIndex
{
    private readonly string _query = SearchQuery.ToTsQueryWithRoots(words);

    // ts_headline's options; the marks are the same control characters FTS5's snippet is given.
    private static readonly string HeadlineOptions =
        $"StartSel=\"{SearchSnippet.Open}\", StopSel=\"{SearchSnippet.Close}\", MaxWords=18, MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter=\"…\"";

    public override IQueryable<SearchHit> Hits()
    {
        var titleQuery = SearchQuery.ToTsQuery(words, titleOnly: true);
        var textQuery = SearchQuery.ToTsQueryInText(words);
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT "Id", -ts_rank(array[0.1, 0.05, 0.4, 1]::float4[], "SearchVector", to_tsquery('tempo_search', {_query}))::float8 AS "Rank",
                "SearchVector" @@ to_tsquery('tempo_search', {titleQuery}) AS "TitleMatch",
                "SearchVector" @@ to_tsquery('tempo_search', {textQuery}) AS "ExactMatch"
            FROM "Articles" WHERE "SearchVector" @@ to_tsquery('tempo_search', {_query})
                AND "Id" >= (SELECT coalesce(min("Id"), 0) FROM (SELECT "Id" FROM "Articles"
                    WHERE "SearchVector" @@ to_tsquery('tempo_search', {_query}) ORDER BY "Id" DESC LIMIT {MaxRanked}) AS newest)
            ORDER BY "Rank" LIMIT {MaxCandidates}
            """);
    }

    public override async Task<Dictionary<int, string>> ExcerptsAsync(IReadOnlyList<int> ids) =>
        await db.Database.SqlQuery<SearchExcerpt>($"""
            SELECT "Id", ts_headline('tempo_search', regexp_replace("BodyMarkdown", {SearchText.PostgresDateline}, '', 'i'), q, {HeadlineOptions}) AS "BodySnippet",
                ts_headline('tempo_search', "Deck", q, {HeadlineOptions}) AS "DeckSnippet"
            FROM "Articles", to_tsquery('tempo_search', {_query}) AS q WHERE "Id" = ANY({ids.ToArray()})
            """).ToDictionaryAsync(e => e.Id, e => e.Snippet);
}
