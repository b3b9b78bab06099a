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

    // Compiled once (CompiledQueries): EF neither walks nor hashes them on every request.
    private static readonly Func<TempoDbContext, DateTime, List<int>, IAsyncEnumerable<StoryCard>> LiveCards = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, DateTime nowUtc, List<int> ids) => db.Articles.AsNoTracking().Published(nowUtc).Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle)));

    private static readonly Func<TempoDbContext, DateTime, List<int>, IAsyncEnumerable<StoryCard>> NewestBesides = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, DateTime nowUtc, List<int> shown) => db.Articles.AsNoTracking().Published(nowUtc).Where(a => !shown.Contains(a.Id)).NewestFirst()
            .Select(StoryCard.FromArticle).Take(LatestCount)));

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;

        // The editors' slots, the newest full stories where they chose none (summary-only stories wait in Terkini).
        var lineup = await db.CurrentLineupAsync(NowUtc);
        var cards = await LiveCards(db, NowUtc, [.. lineup.ArticleIds]).ToListAsync();
        var lead = lineup.ArticleIds.Select(id => cards.Single(c => c.Id == id)).ToList();
        Headline = lead.FirstOrDefault();
        Secondary = lead.Skip(1).ToList();

        var leadIds = lead.Select(s => s.Id).ToList();
        Latest = await NewestBesides(db, NowUtc, leadIds).ToListAsync();

        Picks = await editorsPicks.CurrentAsync(PickCount);
        MostReadDay = await mostRead.DayAsync();
        MostReadWeek = await mostRead.WeekAsync();
        // Every story the home page shows is live; any live story's save evicts the home page.
        HttpContext.TagReaderPage([ReaderTags.Home]);
        HttpContext.KeepReaderPageUntil(lineup.ValidUntilUtc, NowUtc);
    }
}
