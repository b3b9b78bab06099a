using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Ralat: an editor adds a dated correction note to a published article. Readers see it on the article and on /ralat;
/// the article's modified time moves, so feeds and search engines see the story changed. Editors only (by convention).
/// </summary>
public class CorrectionsModel(TempoDbContext db, TimeProvider clock, IOutputCacheStore readerCache, ILogger<CorrectionsModel> log) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Isi ralatnya."),
     StringLength(Correction.TextMaxLength, ErrorMessage = "Ralat paling panjang {1} karakter."), Display(Name = "Isi ralat")]
    public string Text { get; set; } = "";

    public string Title { get; private set; } = "";
    public string? PublicUrl { get; private set; }
    public IReadOnlyList<Correction> Existing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var article = await LoadAsync(id);
        if (article is null) return NotFound();
        if (PublicUrl is null) ModelState.AddModelError(nameof(Text), "Ralat hanya untuk berita yang sudah terbit.");
        if (!ModelState.IsValid) return Page();

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var text = Text.Trim();
        db.Corrections.Add(new Correction { ArticleId = id, Text = text, AddedAtUtc = nowUtc, AddedBy = User.Identity!.Name! });
        // One save: the note, the article's modified time and the audit line are committed together.
        (await db.Articles.FindAsync(id))!.UpdatedAtUtc = nowUtc;
        db.AuditEntries.Add(new AuditEntry { AtUtc = nowUtc, UserName = User.Identity.Name!, Action = "meralat", ArticleId = id, Subject = article.Title });
        await db.SaveChangesAsync();
        log.LogInformation("Correction added to article {ArticleId} by {User}", id, User.Identity.Name);
        await ReaderCache.EvictAsync(readerCache);
        TempData["Message"] = "Ralat dimuat di berita dan di halaman Ralat.";
        return RedirectToPage(new { id });
    }

    private async Task<Article?> LoadAsync(int id)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.AsNoTracking().NotDeleted().Include(a => a.Kanal).SingleOrDefaultAsync(a => a.Id == id);
        if (article is null) return null;
        Title = article.Title;
        var live = await db.Articles.Published(nowUtc).AnyAsync(a => a.Id == id);
        PublicUrl = live ? ArticleLinks.Path(article.Kanal.Slug, article.Slug, article.Id) : null;
        Existing = await db.Corrections.AsNoTracking().Where(c => c.ArticleId == id).OrderByDescending(c => c.AddedAtUtc).ThenByDescending(c => c.Id).ToListAsync();
        return article;
    }
}
