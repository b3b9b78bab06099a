using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// The footer: every kanal with a live story, the standing pages (Redaksi, Pedoman Media Siber, …) and the corrections
/// list, then who publishes the site (name, address, the Dewan Pers verification line, social accounts, the year).
/// </summary>
public class SiteFooterViewComponent(SiteChrome chrome, IOptions<SiteOptions> site, TimeProvider clock) : ViewComponent
{
    public sealed record FooterLink(string Url, string Name);

    public sealed record FooterView(IReadOnlyList<KanalListItem> Kanals, IReadOnlyList<FooterLink> Pages, IReadOnlyList<FooterLink> Social,
        SiteOptions Site, int Year);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var current = await chrome.CurrentAsync();
        var options = site.Value;
        return View(new FooterView(current.LiveKanals,
            [.. current.SitePages.Select(p => new FooterLink(UrlMap.SitePage(p.Slug), p.Title)), new FooterLink(UrlMap.Corrections, "Ralat")],
            [.. options.SocialLinks.Where(l => l.Value.Length > 0).Select(l => new FooterLink(l.Value, l.Key))],
            options, JakartaTime.ToJakarta(clock.GetUtcNow().UtcDateTime).Year));
    }
}
