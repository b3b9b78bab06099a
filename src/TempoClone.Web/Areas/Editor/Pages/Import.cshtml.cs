using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Import;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>An editor pastes or uploads a Tempo-format text; the seed's importer turns it into a draft to review.</summary>
public class ImportModel(TempoDbContext db, ArticleImporter importer, ArticleWriter writer) : PageModel
{
    public const int MaxBytes = 512 * 1024;

    [BindProperty, StringLength(MaxBytes, ErrorMessage = "Teks terlalu panjang."), Display(Name = "Tempel teks artikel")]
    public string? Text { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<ParseError> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is not null)
        {
            if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), "Berkas lebih dari 512 KB.");
            else
            {
                using var content = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false));
                Text = await content.ReadToEndAsync();
            }
        }
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Tempel teks atau pilih berkas .txt.");
        if (!ModelState.IsValid) return Page();

        var result = TempoTextParser.Parse(Text!);
        if (!result.Succeeded)
        {
            Problems = result.Errors;
            ModelState.AddModelError("", "Teks tidak dapat dibaca. Perbaiki baris yang disebut lalu coba lagi.");
            return Page();
        }

        var key = ArticleImporter.KeyFor(result.Article!.Title);
        if (await db.Articles.WithFullText().AnyAsync(a => a.ImportKey == key))
        {
            ModelState.AddModelError("", "Artikel dengan judul ini sudah ada. Sunting artikel itu, atau ubah judulnya.");
            return Page();
        }

        // CASE: related stories and the pick become published summary stories, as with the seed; only the article waits for review.
        var article = await importer.UpsertAsync(result.Article!, ArticleStatus.Draft);
        article.AuthorId = User.StaffId();
        await db.SaveChangesAsync();

        var saved = await writer.LoadAsync(article.Id);
        await writer.SaveAsync(saved!, saved!.Version, ArticleSnapshot.Of(saved), User.Identity!.Name!);
        TempData["Message"] = "Diimpor sebagai draf. Periksa lalu terbitkan.";
        return Redirect($"/editor/articles/edit/{article.Id}");
    }
}
