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

/// <summary>Full-text search over title, deck and body (SQLite FTS5 or PostgreSQL tsvector, see SearchIndex), ranked, with highlighted excerpts and filters.</summary>
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

    public sealed record Result(StoryCard Story, IReadOnlyList<(string Text, bool Highlighted)> Excerpt);

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Kanals = await db.LiveKanalListAsync(NowUtc);
        var words = SearchQuery.Terms(Query);
        if (words is null) return;
        var index = SearchIndex.For(db, words);

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
        // The full-text index drives every query (matches are looked up in Articles by key, never the other way round);
        // excerpts, which read the text, are made only for the page shown.
        var hits = index.Hits().Where(h => articles.Any(a => a.Id == h.Id));
        var matchingIds = index.MatchingIds();

        Pager = new PagerView(PagerView.Clamp(PageNumber), site.Value.PageSize,
            await articles.CountAsync(a => matchingIds.Contains(a.Id)), UrlMap.Search + QueryWithoutPage());
        // A title match first; within the same kind of match, a full article before a story known only by its summary.
        var fullArticles = articles.WithFullText();
        var ids = await hits.OrderByDescending(h => h.TitleMatch)
            .ThenByDescending(h => fullArticles.Any(a => a.Id == h.Id))
            .ThenBy(h => h.Rank).ThenByDescending(h => h.Id)
            .Skip(Pager.Skip).Take(Pager.PageSize).Select(h => h.Id).ToListAsync();
        if (ids.Count == 0) return;

        var excerpts = await index.ExcerptsAsync(ids);
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
