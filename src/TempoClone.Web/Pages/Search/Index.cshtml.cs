using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Search;

/// <summary>Full-text search over title, deck and body (SQLite FTS5), ranked, with highlighted excerpts and filters.</summary>
[OutputCache(PolicyName = ReaderCache.SearchPolicy)]
[EnableRateLimiting(SearchLimit.Policy)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public string? Kanal { get; set; }
    [BindProperty(SupportsGet = true, Name = "dari")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "sampai")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<Result> Results { get; private set; } = [];
    public PagerView? Pager { get; private set; }
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public DateTime NowUtc { get; private set; }
    public string? DateError { get; private set; }

    /// <summary>Matches ranked at most: past it a query is too common to page through, and the pager says this many.</summary>
    public const int MaxCandidates = 1000;

    public sealed record Result(StoryCard Story, IReadOnlyList<(string Text, bool Highlighted)> Excerpt);

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Kanals = await db.LiveKanalListAsync(NowUtc);
        var match = SearchQuery.ToFtsMatch(Query);
        if (match is null) return;

        var articles = db.Articles.AsNoTracking().Published(NowUtc);
        if (!string.IsNullOrEmpty(Kanal)) articles = articles.Where(a => a.Kanal.Slug == Kanal);
        if (ReadDay(From) is { } from)
        {
            var fromUtc = JakartaTime.DayStartUtc(from);
            articles = articles.Where(a => a.PublishedAtUtc >= fromUtc);
        }
        if (ReadDay(To) is { } to)
        {
            var endUtc = JakartaTime.DayStartUtc(to).AddDays(1);
            articles = articles.Where(a => a.PublishedAtUtc < endUtc);
        }
        var titleMatch = SearchQuery.InTitle(match);

        // The full-text index drives every query (matches are looked up in Articles by key, never the other way round),
        // and only the best MaxCandidates matches by bm25 go on to be filtered, ordered and counted: the commonest word
        // costs one pass over its index entries, not a join and sort of every match. Excerpts, which read the text,
        // are made only for the page shown.
        var hits = db.Database.SqlQuery<SearchHit>($"""
            SELECT best.Id, best.Rank,
                best.Id IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {titleMatch}) AS TitleMatch
            FROM (SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0) AS Rank FROM ArticleSearch
                  WHERE ArticleSearch MATCH {match} ORDER BY Rank LIMIT {MaxCandidates}) AS best
            """)
            .Where(h => articles.Any(a => a.Id == h.Id));

        Pager = new PagerView(PagerView.Clamp(PageNumber), site.Value.PageSize, await hits.CountAsync(), UrlMap.Search + QueryWithoutPage());
        // A title match first; within the same kind of match, a full article before a story known only by its summary.
        var fullArticles = articles.WithFullText();
        var ids = await hits.OrderByDescending(h => h.TitleMatch)
            .ThenByDescending(h => fullArticles.Any(a => a.Id == h.Id))
            .ThenBy(h => h.Rank).ThenByDescending(h => h.Id)
            .Skip(Pager.Skip).Take(Pager.PageSize).Select(h => h.Id).ToListAsync();
        if (ids.Count == 0) return;

        var idsJson = System.Text.Json.JsonSerializer.Serialize(ids);
        var excerpts = await db.Database.SqlQuery<SearchExcerpt>($"""
            SELECT rowid AS Id, snippet(ArticleSearch, 2, char(2), char(3), '…', 18) AS BodySnippet,
                snippet(ArticleSearch, 1, char(2), char(3), '…', 18) AS DeckSnippet
            FROM ArticleSearch WHERE ArticleSearch MATCH {match} AND rowid IN (SELECT value FROM json_each({idsJson}))
            """).ToDictionaryAsync(e => e.Id, e => e.Snippet);
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle).ToDictionaryAsync(c => c.Id);
        Results = ids.Select(id => new Result(cards[id], Excerpt(cards[id], excerpts.GetValueOrDefault(id, "")))).ToList();
    }

    // CASE: a summary that only repeats the headline adds nothing under it.
    private static IReadOnlyList<(string Text, bool Highlighted)> Excerpt(StoryCard story, string snippet)
    {
        var parts = SearchSnippet.Parts(snippet);
        return string.Concat(parts.Select(p => p.Text)).Trim().TrimEnd('.').Equals(story.Title.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) ? [] : parts;
    }

    /// <summary>The WIB day a filter names; a filter that is no date is ignored and the reader told why.</summary>
    private DateOnly? ReadDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (JakartaTime.ParseDay(text) is { } day) return day;
        DateError = $"Tanggal \"{(text.Length > 20 ? text[..20] + "…" : text)}\" tidak dikenali; tulis {JakartaTime.DayHint}. Saringan tanggal itu diabaikan.";
        return null;
    }

    /// <summary>A date filter as the form shows it back: the reader's text, in dd/mm/yyyy when it was a date.</summary>
    public static string? Shown(string? text) => JakartaTime.ParseDay(text) is { } day ? JakartaTime.TypedDay(day) : text;

    private string QueryWithoutPage()
    {
        var pairs = new[] { ("q", Query), ("kanal", Kanal), ("dari", From), ("sampai", To) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!.Length > SearchQuery.MaxInputLength ? p.Item2[..SearchQuery.MaxInputLength] : p.Item2)}");
        var joined = string.Join("&", pairs);
        return joined.Length == 0 ? "" : "?" + joined;
    }
}
