using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Accounts;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// The newsroom's article list: search title and text (<see cref="ArticleTextSearch"/>), filter by status, review state,
/// kanal and author (or "Tulisan saya"), newest first. Every filter is a query key, so the pager's links keep them.
/// </summary>
public class IndexModel(TempoDbContext db, TimeProvider clock, FailedLogins failedLogins) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public int? KanalFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "author")] public string? AuthorFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "review")] public string? ReviewFilter { get; set; }

    /// <summary>"Tulisan saya": only the stories this staff member wrote (created).</summary>
    [BindProperty(SupportsGet = true, Name = "mine")] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    // CASE: "page" is a route value Razor Pages reserves (the page path), so the query parameter is named explicitly.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Authors { get; private set; } = [];
    public PagerView Pager { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }
    public FailedLogins.Summary? FailedOnMyAccount { get; private set; }
    public FailedLogins.Summary? FailedOnAllAccounts { get; private set; }

    public sealed record Row(int Id, string Title, string KanalName, string StatusLabel, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, string? Author, bool HasFullText);

    /// <summary>The list's orders; the first is the default (last changed first).</summary>
    public static readonly (string Value, string Label)[] Sorts =
        [("diubah", "Terakhir diubah"), ("terbit", "Waktu terbit, terbaru"), ("judul", "Judul, A-Z"), ("kanal", "Kanal, A-Z"), ("status", "Status")];

    public static readonly (string Value, string Label)[] Statuses =
        [("draft", "Draf"), ("scheduled", "Terjadwal"), ("published", "Terbit"), ("unpublished", "Ditarik dari situs")];

    /// <summary>The review desk's states as a filter ("Semua" is the empty value).</summary>
    public static readonly (string Value, ReviewState State)[] ReviewStates =
        [("menunggu", ReviewState.Waiting), ("dikembalikan", ReviewState.Returned)];

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        if (User.StaffId() is { } me) FailedOnMyAccount = await failedLogins.OnAccountAsync(me);
        if (User.MayManageStaff()) FailedOnAllAccounts = await failedLogins.OnAllAccountsAsync();
        var articles = db.Articles.AsNoTracking().VisibleTo(User, NowUtc);

        articles = articles.MatchingText(db, Query);
        articles = StatusFilter switch
        {
            "draft" => articles.Where(a => a.Status == ArticleStatus.Draft),
            "scheduled" => articles.Scheduled(NowUtc),
            "published" => articles.Published(NowUtc),
            "unpublished" => articles.Where(a => a.Status == ArticleStatus.Unpublished),
            _ => articles,
        };
        if (KanalFilter is { } kanalId) articles = articles.Where(a => a.KanalId == kanalId);
        if (!string.IsNullOrEmpty(AuthorFilter)) articles = articles.Where(a => a.AuthorId == AuthorFilter);
        if (Mine) articles = articles.Where(a => a.AuthorId == User.StaffId());
        // CASE: an unknown value (a hand-typed link) filters nothing, like "Semua".
        if (ReviewStates.FirstOrDefault(r => r.Value == ReviewFilter) is { Value: not null } review)
            articles = articles.Where(a => a.ReviewState == review.State);

        // Not counted: at two million stories a COUNT on every newsroom visit cost more than the page. One row more than
        // shown says whether another page follows.
        var page = PagerView.Clamp(PageNumber);
        // Whole articles, so the status and the full-text badge come from the entity's own rules.
        var shown = await Ordered(articles.Include(a => a.Kanal))
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync();
        Pager = new PagerView(page, PageSize, (page - 1) * PageSize + shown.Count, UrlMap.Editor + QueryWithoutPage(), Open: true);
        if (shown.Count > PageSize) shown.RemoveAt(PageSize);
        var authorIds = shown.Select(a => a.AuthorId).OfType<string>().Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Rows = shown.Select(a => new Row(a.Id, a.Title, a.Kanal.Name, StatusLabel(a), a.PublishedAtUtc, a.UpdatedAtUtc,
            a.AuthorId is null ? null : authors.GetValueOrDefault(a.AuthorId), a.HasFullText)).ToList();

        Kanals = await db.KanalsVisibleTo(User, clock.GetUtcNow().UtcDateTime).ByNameAsync();
        Authors = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync()).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    private IQueryable<Article> Ordered(IQueryable<Article> articles) => Sort switch
    {
        "terbit" => articles.NewestFirst(),
        "judul" => articles.OrderBy(a => a.Title).ThenByDescending(a => a.Id),
        "kanal" => articles.OrderBy(a => a.Kanal.Name).ThenByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id),
        "status" => articles.OrderBy(a => a.Status).ThenByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id),
        _ => articles.OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id),
    };

    private string StatusLabel(Article article) => ArticleStatusLabel.Of(article, NowUtc);

    private string QueryWithoutPage() => ListPager.QueryWithout(Request.Query, "page");
}
