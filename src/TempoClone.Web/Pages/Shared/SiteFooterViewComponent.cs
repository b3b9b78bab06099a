using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Data;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The footer: every kanal with a live story, the standing pages (Redaksi, Pedoman Media Siber, …) and the corrections list.</summary>
public class SiteFooterViewComponent(SiteChrome chrome) : ViewComponent
{
    public sealed record FooterLink(string Url, string Name);

    public sealed record FooterView(IReadOnlyList<KanalListItem> Kanals, IReadOnlyList<FooterLink> Pages);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var current = await chrome.CurrentAsync();
        return View(new FooterView(current.LiveKanals,
            [.. current.SitePages.Select(p => new FooterLink(UrlMap.SitePage(p.Slug), p.Title)), new FooterLink(UrlMap.Corrections, "Ralat")]));
    }
}
