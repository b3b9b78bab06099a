using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

public class AuditModel(TempoDbContext db) : PageModel
{
    private const int PageSize = 50;

    // CASE: "page" is a route value Razor Pages reserves (the page path), so the query parameter is named explicitly.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public PagerView Pager { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayReadAudit()) return Forbid();
        Pager = new PagerView(PagerView.Clamp(PageNumber), PageSize, await db.AuditEntries.CountAsync(), "/editor/audit");
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(Pager.Skip).Take(PageSize).ToListAsync();
        Names = await db.DisplayNamesAsync(Entries.Select(e => e.UserName));
        return Page();
    }
}
