using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Pages.Popularity;

namespace TempoClone.Web.Pages;

[OutputCache(PolicyName = ReaderCache.Policy)]
public class IndexModel(TempoDbContext db, MostRead mostRead, EditorsPicks editorsPicks, TimeProvider clock) : PageModel
{
    private const int LatestCount = 12;
    private const int PickCount = EditorsPicks.MaxShown;

    public StoryCard? Headline { get; private set; }
    public IReadOnlyList<StoryCard> Secondary { get; private set; } = [];
    public IReadOnlyList<StoryCard> Latest { get; private set; } = [];
    public IReadOnlyList<StoryCard> Picks { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadDay { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadWeek { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().Published(NowUtc);

        // The editors' slots, the newest full stories where they chose none (summary-only stories wait in Terkini).
        var lineup = await db.CurrentLineupAsync(NowUtc);
        var cards = await published.Where(a => lineup.ArticleIds.Contains(a.Id)).Select(StoryCard.FromArticle).ToListAsync();
        var lead = lineup.ArticleIds.Select(id => cards.Single(c => c.Id == id)).ToList();
        Headline = lead.FirstOrDefault();
        Secondary = lead.Skip(1).ToList();

        var leadIds = lead.Select(s => s.Id).ToList();
        Latest = await published.Where(a => !leadIds.Contains(a.Id)).NewestFirst()
            .Select(StoryCard.FromArticle).Take(LatestCount).ToListAsync();

        Picks = await editorsPicks.CurrentAsync(PickCount);
        MostReadDay = await mostRead.DayAsync();
        MostReadWeek = await mostRead.WeekAsync();
        // Every story the home page shows is live; any live story's save evicts the home page.
        HttpContext.TagReaderPage([ReaderTags.Home]);
        HttpContext.KeepReaderPageUntil(lineup.ValidUntilUtc, NowUtc);
    }
}
