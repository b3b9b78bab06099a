using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The kanal links in the masthead.</summary>
public class KanalNavViewComponent(TempoDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await db.LiveKanalListAsync(clock.GetUtcNow().UtcDateTime)).Take(MaxShown));

    private const int MaxShown = 12;
}
