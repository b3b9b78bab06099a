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
public class IndexModel(TempoDbContext db, TimeProvider clock) : PageModel
{
    private const int LatestCount = 12;
    private const int PickCount = 6;

    public StoryCard? Headline { get; private set; }
    public IReadOnlyList<StoryCard> Latest { get; private set; } = [];
    public IReadOnlyList<StoryCard> Picks { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadDay { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadWeek { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().Published(NowUtc);

        // CASE: a story known only by its summary never takes the headline spot.
        Headline = await published.WithFullText().NewestFirst()
            .Select(StoryCard.FromArticle).FirstOrDefaultAsync();

        var headlineId = Headline?.Id ?? 0;
        Latest = await published.Where(a => a.Id != headlineId).NewestFirst()
            .Select(StoryCard.FromArticle).Take(LatestCount).ToListAsync();

        Picks = await db.HomePicks.AsNoTracking()
            .Where(p => p.EndsAtUtc == null || p.EndsAtUtc > NowUtc)
            .Join(published, p => p.ArticleId, a => a.Id, (p, a) => new { p.Position, Article = a })
            .OrderBy(x => x.Position)
            .Select(x => x.Article).Select(StoryCard.FromArticle)
            .Take(PickCount).ToListAsync();

        MostReadDay = await MostRead.TopAsync(db, NowUtc, MostRead.Day);
        MostReadWeek = await MostRead.TopAsync(db, NowUtc, MostRead.Week);
    }
}
