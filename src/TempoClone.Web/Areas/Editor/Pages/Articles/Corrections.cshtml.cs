using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Ralat: an editor adds a dated correction note to a published article, and may reword or remove it (audited). Readers see it on the article and on /ralat;
/// the article's modified time moves, so feeds and search engines see the story changed. Publishers only (convention and handlers).
/// </summary>
public class CorrectionsModel(TempoDbContext db, ArticleWriter writer, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Isi ralatnya."),
     StringLength(Correction.TextMaxLength, ErrorMessage = "Ralat paling panjang {1} karakter."), Display(Name = "Isi ralat")]
    public string Text { get; set; } = "";

    public string Title { get; private set; } = "";
    public string? PublicUrl { get; private set; }
    public IReadOnlyList<Correction> Existing { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id) =>
        !User.MayAddCorrection() ? Forbid() : await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!User.MayAddCorrection()) return Forbid();
        var article = await LoadAsync(id);
        if (article is null) return NotFound();
        if (PublicUrl is null) ModelState.AddModelError(nameof(Text), "Ralat hanya untuk berita yang sudah terbit.");
        if (!ModelState.IsValid) return Page();

        await writer.AddCorrectionAsync(article, Text.Trim(), User.Identity!.Name!);
        TempData["Message"] = "Ralat dimuat di berita dan di halaman Ralat.";
        return RedirectToPage(new { id });
    }

    /// <summary>Ubah: the Ralat reworded (audited "mengubah ralat"); its date stays the date it was first posted.</summary>
    public Task<IActionResult> OnPostEditAsync(int id, int correctionId, string? changedText) => ChangeAsync(id, correctionId, async (article, correction) =>
    {
        var text = changedText?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError(nameof(Text), "Isi ralatnya; untuk menurunkannya pakai Hapus ralat.");
        else if (text.Length > Correction.TextMaxLength) ModelState.AddModelError(nameof(Text), $"Ralat paling panjang {Correction.TextMaxLength} karakter.");
        if (!ModelState.IsValid) return false;
        await writer.ChangeCorrectionAsync(article, correction, text, User.Identity!.Name!);
        TempData["Message"] = "Ralat diubah di berita dan di halaman Ralat.";
        return true;
    });

    /// <summary>Hapus ralat: taken down from the story and /ralat (audited "menghapus ralat").</summary>
    public Task<IActionResult> OnPostRemoveAsync(int id, int correctionId) => ChangeAsync(id, correctionId, async (article, correction) =>
    {
        await writer.ChangeCorrectionAsync(article, correction, null, User.Identity!.Name!);
        TempData["Message"] = "Ralat dihapus dari berita dan dari halaman Ralat.";
        return true;
    });

    private async Task<IActionResult> ChangeAsync(int id, int correctionId, Func<Article, Correction, Task<bool>> change)
    {
        if (!User.MayAddCorrection()) return Forbid();
        // Validation of the add form's own field does not apply to these buttons.
        ModelState.Remove(nameof(Text));
        var article = await LoadAsync(id);
        var correction = await db.Corrections.SingleOrDefaultAsync(c => c.Id == correctionId && c.ArticleId == id);
        if (article is null || correction is null) return NotFound();
        if (!await change(article, correction)) return Page();
        return RedirectToPage(new { id });
    }

    private async Task<Article?> LoadAsync(int id)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.NotDeleted().Include(a => a.Kanal).SingleOrDefaultAsync(a => a.Id == id);
        if (article is null) return null;
        Title = article.Title;
        PublicUrl = article.IsLive(nowUtc) ? ArticleLinks.Path(article.Kanal.Slug, article.Slug, article.Id) : null;
        Existing = await db.Corrections.AsNoTracking().Where(c => c.ArticleId == id).OrderByDescending(c => c.AddedAtUtc).ThenByDescending(c => c.Id).ToListAsync();
        Names = await db.DisplayNamesAsync(Existing.Select(c => c.AddedBy));
        return article;
    }
}
