using Microsoft.AspNetCore.Mvc;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// The kanal links: in the masthead (the phone's menu and the laptop's bar), or as the phone's kanal strip under
/// the masthead (<c>strip</c>), which scrolls sideways without script.
/// </summary>
public class KanalNavViewComponent(SiteChrome chrome) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool strip = false)
    {
        var kanals = (await chrome.CurrentAsync()).LiveKanals.Take(MaxShown);
        return strip ? View("Strip", kanals) : View(kanals);
    }

    private const int MaxShown = 12;
}
