using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// "Penulis": the people credited on bylines, with the short bio and photo their reader page (/penulis/…) shows.
/// The photo is an upload judged by its bytes (<see cref="PhotoStore"/>); the page keeps a small rendition of it.
/// </summary>
public class ReportersModel(TempoDbContext db, PhotoStore photos, ReaderEvictions readerCache) : PageModel
{
    /// <summary>The rendition the reader page shows: twice the 96-px portrait, for sharp screens.</summary>
    private const int PortraitWidth = 320;

    [BindProperty, StringLength(Reporter.BioMaxLength, ErrorMessage = "Keterangan paling panjang {1} karakter."), Display(Name = "Keterangan singkat")]
    public string? Bio { get; set; }

    [BindProperty, Display(Name = "Foto")]
    public IFormFile? Photo { get; set; }

    [BindProperty, Display(Name = "Hapus foto")]
    public bool RemovePhoto { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Row? Editing { get; private set; }

    /// <summary><paramref name="Stories"/> is counted up to <see cref="CappedCount.Limit"/> + 1: all three million bylines were read on every visit at two million stories.</summary>
    public sealed record Row(int Id, string Slug, string Name, string? Bio, string? PhotoPath, int Stories);

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!User.MayEditReporters()) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        Bio = Editing?.Bio;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!User.MayEditReporters()) return Forbid();
        var reporter = await db.Reporters.FindAsync(id);
        if (reporter is null) return NotFound();
        string? photoPath = null;
        if (ModelState.IsValid && Photo is { Length: > 0 } upload)
        {
            var saved = await photos.SaveAsync(upload, User.Identity!.Name!, HttpContext.RequestAborted);
            if (saved.Error is not null) ModelState.AddModelError(nameof(Photo), saved.Error);
            else if (photos.Keep(saved.Path!) is { } kept)
                photoPath = kept.Width is { } width ? PhotoRenditions.FileOf(kept.Path, Math.Min(PortraitWidth, width), width, "jpg") : kept.Path;
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        reporter.Bio = string.IsNullOrWhiteSpace(Bio) ? null : Bio.Trim();
        if (photoPath is not null) reporter.PhotoPath = photoPath;
        else if (RemovePhoto) reporter.PhotoPath = null;
        await db.SaveChangesAsync();
        await readerCache.EvictAllAsync();
        TempData["Message"] = $"Profil {reporter.Name} disimpan.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Rows = await db.Reporters.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new Row(r.Id, r.Slug, r.Name, r.Bio, r.PhotoPath, db.Set<ArticleByline>().Where(b => b.ReporterId == r.Id).Take(CappedCount.Limit + 1).Count()))
            .ToListAsync();
        Editing = id is null ? null : Rows.FirstOrDefault(r => r.Id == id);
        return id is null || Editing is not null;
    }
}
