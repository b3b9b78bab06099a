using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Data;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The kanal links in the masthead.</summary>
public class KanalNavViewComponent(TempoDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await db.KanalListAsync()).Take(MaxShown));

    private const int MaxShown = 12;
}
