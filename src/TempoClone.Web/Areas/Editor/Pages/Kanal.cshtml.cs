using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// Editors add kanal and rename them. A kanal's address (its slug) never changes, so links and feeds keep working;
/// only the name readers see does.
/// </summary>
public class KanalModel(TempoDbContext db, SiteWriter site) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Nama kanal wajib diisi."), StringLength(Domain.Kanal.NameMaxLength, ErrorMessage = "Nama kanal paling panjang {1} karakter."),
     Display(Name = "Nama kanal")]
    public string Name { get; set; } = "";

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Name, int Articles);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayManageKanal()) return Forbid();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!User.MayManageKanal()) return Forbid();
        var slug = Slugs.From(Name);
        if (ModelState.IsValid && UrlMap.SlugProblem(SlugOwner.Kanal, Name.Trim(), slug) is { } problem) ModelState.AddModelError(nameof(Name), problem);
        if (ModelState.IsValid && await db.Kanals.AnyAsync(k => k.Slug == slug)) ModelState.AddModelError(nameof(Name), "Kanal itu sudah ada.");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        try
        {
            await site.AddKanalAsync(Name.Trim(), User.Identity!.Name!);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // CASE: another editor added the same kanal between the check above and this save.
            ModelState.AddModelError(nameof(Name), "Kanal itu sudah ada.");
            await LoadAsync();
            return Page();
        }
        return Done($"Kanal {Name.Trim()} ditambahkan di /{slug}.");
    }

    public async Task<IActionResult> OnPostRenameAsync(int id)
    {
        if (!User.MayManageKanal()) return Forbid();
        var kanal = await db.Kanals.FindAsync(id);
        if (kanal is null) return NotFound();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await site.RenameKanalAsync(kanal, Name.Trim(), User.Identity!.Name!);
        return Done($"Kanal /{kanal.Slug} kini bernama {kanal.Name}.");
    }

    private IActionResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Rows = await db.Kanals.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new Row(k.Id, k.Slug, k.Name, db.Articles.Count(a => a.KanalId == k.Id && a.DeletedAtUtc == null)))
            .ToListAsync();
}
