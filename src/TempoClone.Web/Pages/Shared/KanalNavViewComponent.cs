using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The kanal links in the masthead.</summary>
public class KanalNavViewComponent(TempoDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await db.Kanals.AsNoTracking().InUse(db.Articles.Published(clock.GetUtcNow().UtcDateTime)).OrderBy(k => k.Name).Select(k => new KanalLink(k.Slug, k.Name)).Take(12).ToListAsync());
}

public sealed record KanalLink(string Slug, string Name);
