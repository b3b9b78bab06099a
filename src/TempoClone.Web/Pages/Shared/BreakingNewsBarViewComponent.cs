using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The bar under the masthead, on every reader page, until its end time.</summary>
public class BreakingNewsBarViewComponent(BreakingNewsBar bar, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var current = await bar.CurrentAsync();
        if (current is null) return Content("");
        HttpContext.KeepReaderPageUntil(current.EndsAtUtc, clock.GetUtcNow().UtcDateTime);
        return View(current);
    }
}
