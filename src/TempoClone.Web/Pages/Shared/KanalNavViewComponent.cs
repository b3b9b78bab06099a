using Microsoft.AspNetCore.Mvc;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The kanal links in the masthead.</summary>
public class KanalNavViewComponent(SiteChrome chrome) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View((await chrome.CurrentAsync()).LiveKanals.Take(MaxShown));

    private const int MaxShown = 12;
}
