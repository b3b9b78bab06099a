using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Corrections;

/// <summary>/ralat: every correction on a live article, newest first, so readers can see what was set right and when.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PagerView Pager { get; private set; } = null!;

    public sealed record Row(string Text, DateTime AddedAtUtc, string Title, string KanalSlug, string Slug, int ArticleId)
    {
        public string Url => ArticleLinks.Path(KanalSlug, Slug, ArticleId);
    }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber)
    {
        var published = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime);
        var corrections = db.Corrections.AsNoTracking().Where(c => published.Any(a => a.Id == c.ArticleId));
        Pager = new PagerView(PagerView.Clamp(pageNumber), site.Value.PageSize, await corrections.CountAsync(), UrlMap.Corrections);
        Rows = await corrections.OrderByDescending(c => c.AddedAtUtc).ThenByDescending(c => c.Id)
            .Skip(Pager.Skip).Take(Pager.PageSize)
            .Select(c => new Row(c.Text, c.AddedAtUtc, c.Article.Title, c.Article.Kanal.Slug, c.Article.Slug, c.ArticleId))
            .ToListAsync();
    }
}
