using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Search;

/// <summary>Full-text search over title, deck and body (SQLite FTS5 or PostgreSQL tsvector, see SearchIndex), ranked, with highlighted excerpts and filters.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("q", "kanal", "dari", "sampai", "page")]
[EnableRateLimiting(SearchLimit.Policy)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site, SiteChrome chrome, SearchResultCache results) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public string? Kanal { get; set; }
    [BindProperty(SupportsGet = true, Name = "dari")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "sampai")] public string? To { get; set; }
    // CASE: "page" is a route value Razor Pages reserves (the page path), so the query parameter is named explicitly.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];
    public PagerView? Pager { get; private set; }
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public DateTime NowUtc { get; private set; }
    public string? DateError { get; private set; }
    /// <summary>More stories matched than the search keeps: the count is a floor.</summary>
    public bool Capped { get; private set; }
    /// <summary>The filters start folded on a phone, unless one is in use.</summary>
    public bool FiltersInUse => !string.IsNullOrEmpty(Kanal) || !string.IsNullOrEmpty(From) || !string.IsNullOrEmpty(To);

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        // The masthead's list (kanal with a live story), kept in memory: the same rule, no query per search.
        Kanals = (await chrome.CurrentAsync(HttpContext.RequestAborted)).LiveKanals;
        var words = SearchQuery.Terms(Query);
        if (words is null) return;
        var fromUtc = ReadDay(From) is { } from ? JakartaTime.DayStartUtc(from) : (DateTime?)null;
        var endUtc = ReadDay(To) is { } to ? JakartaTime.DayStartUtc(to).AddDays(1) : (DateTime?)null;
        var key = SearchKey.For(words, Kanal, fromUtc, endUtc, PagerView.Clamp(PageNumber));

        var found = await results.GetAsync(key, nowUtc => SearchResults.FindAsync(db, key, site.Value.PageSize, nowUtc));
        Pager = new PagerView(key.Page, site.Value.PageSize, found.TotalCount, UrlMap.Search + QueryWithoutPage());
        Results = found.Page;
        Capped = found.Capped;
        SiteMetrics.SearchQueries.Add(1, new KeyValuePair<string, object?>("outcome", found.TotalCount > 0 ? "found" : "empty"));
    }

    /// <summary>The WIB day a filter names; a filter that is no date is ignored and the reader told why.</summary>
    private DateOnly? ReadDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (JakartaTime.ParseDay(text) is { } day) return day;
        DateError = $"Tanggal \"{TextCut.ToLength(text, 21)}\" tidak dikenali; tulis {JakartaTime.DayHint}. Saringan tanggal itu diabaikan.";
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
