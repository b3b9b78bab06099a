using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.SitePages;

/// <summary>The standing pages (Redaksi, Pedoman Media Siber, Kontak, …) admins keep up to date. Admins only (convention and handler).</summary>
public class IndexModel(TempoDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Title, DateTime UpdatedAtUtc);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayEditSitePages()) return Forbid();
        Rows = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new Row(p.Id, p.Slug, p.Title, p.UpdatedAtUtc)).ToListAsync();
        return Page();
    }
}
