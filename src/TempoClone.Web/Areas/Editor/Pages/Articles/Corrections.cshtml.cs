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
/// Ralat: an editor adds a dated correction note to a published article. Readers see it on the article and on /ralat;
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

    private async Task<Article?> LoadAsync(int id)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.NotDeleted().Include(a => a.Kanal).SingleOrDefaultAsync(a => a.Id == id);
        if (article is null) return null;
        Title = article.Title;
        PublicUrl = article.IsLive(nowUtc) ? ArticleLinks.Path(article.Kanal.Slug, article.Slug, article.Id) : null;
        Existing = await db.Corrections.AsNoTracking().Where(c => c.ArticleId == id).OrderByDescending(c => c.AddedAtUtc).ThenByDescending(c => c.Id).ToListAsync();
        return article;
    }
}
