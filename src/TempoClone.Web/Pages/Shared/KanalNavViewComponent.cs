using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The kanal links in the masthead.</summary>
public class KanalNavViewComponent(TempoDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await db.Kanals.AsNoTracking().OrderBy(k => k.Name).Select(k => new KanalLink(k.Slug, k.Name)).Take(12).ToListAsync());
}

public sealed record KanalLink(string Slug, string Name);
