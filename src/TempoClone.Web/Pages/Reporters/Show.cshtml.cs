using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Reporters;

/// <summary>A reporter's (or editor's) page: photo, short bio and how many stories they have on the site, then their stories, newest first.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class ShowModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public string? Bio { get; private set; }
    public string? PhotoPath { get; private set; }
    /// <summary>Counted only this far (<see cref="CappedCount"/>); past it the page says "Lebih dari 1.000 berita".</summary>
    public const int CountedUpTo = CappedCount.Limit;

    /// <summary>The stories counted, at most <see cref="CountedUpTo"/> + 1 (which reads "more than").</summary>
    public int StoryCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var reporter = await Db.Reporters.AsNoTracking().InUse(Db.Articles, Now).Where(r => r.Slug == slug).Select(r => new { r.Id, r.Name, r.Bio, r.PhotoPath }).SingleOrDefaultAsync();
        if (reporter is null) return NotFound();
        HttpContext.TagReaderPage([ReaderTags.Reporter(reporter.Id)]);
        IQueryable<Article> Theirs(IQueryable<Article> stories) => stories.Where(a => a.Bylines.Any(b => b.ReporterId == reporter.Id));
        if (!await ShowAsync(reporter.Name, Theirs, UrlMap.Reporter(slug))) return NotFound();
        (Bio, PhotoPath) = (reporter.Bio, reporter.PhotoPath);
        StoryCount = await Theirs(Db.Articles.AsNoTracking().Published(NowUtc)).Take(CountedUpTo + 1).CountAsync();
        return Page();
    }
}
