using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// Editors add kanal, rename them and set their order ("Urutan": the masthead menu, the kanal strip and the filters
/// follow it, ties by name). A kanal's address (its slug) never changes, so links and feeds keep working; only the
/// name readers see does.
/// </summary>
public class KanalModel(TempoDbContext db, SiteWriter site) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Nama kanal wajib diisi."), StringLength(Domain.Kanal.NameMaxLength, ErrorMessage = "Nama kanal paling panjang {1} karakter."),
     Display(Name = "Nama kanal")]
    public string Name { get; set; } = "";

    /// <summary>Typed as text and read by <see cref="ReadPosition"/>, so a wrong value gets an Indonesian message.</summary>
    [BindProperty, Display(Name = "Urutan")]
    public string? Position { get; set; }

    public const int MaxPosition = 999;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary><paramref name="Articles"/> is counted up to <see cref="CappedCount.Limit"/> + 1 (5 s a page at two million otherwise).</summary>
    public sealed record Row(int Id, string Slug, string Name, int Position, int Articles);

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
        var position = ReadPosition();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        // CASE: no Urutan typed: the new kanal goes after the others.
        position ??= Math.Min(MaxPosition, (await db.Kanals.MaxAsync(k => (int?)k.Position) ?? 0) + 1);
        try
        {
            await site.AddKanalAsync(Name.Trim(), position.Value, User.Identity!.Name!);
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
        var position = ReadPosition();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await site.RenameKanalAsync(kanal, Name.Trim(), position ?? kanal.Position, User.Identity!.Name!);
        return Done($"Kanal /{kanal.Slug} kini bernama {kanal.Name}.");
    }

    private IActionResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }

    /// <summary>The typed Urutan: a whole number from 0 to <see cref="MaxPosition"/>, null when left empty, or a message.</summary>
    private int? ReadPosition()
    {
        if (string.IsNullOrWhiteSpace(Position)) return null;
        if (int.TryParse(Position.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) && position <= MaxPosition)
            return position;
        ModelState.AddModelError(nameof(Position), $"Urutan diisi bilangan bulat 0 sampai {MaxPosition}.");
        return null;
    }

    private async Task LoadAsync() =>
        Rows = await db.Kanals.AsNoTracking().InNewsroomOrder()
            .Select(k => new Row(k.Id, k.Slug, k.Name, k.Position, db.Articles.Where(a => a.KanalId == k.Id && a.DeletedAtUtc == null).Take(CappedCount.Limit + 1).Count()))
            .ToListAsync();
}
