using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.SitePages;

/// <summary>An admin rewrites a standing page: title and Markdown, previewed exactly as readers will see it. Its address is fixed.</summary>
public class EditModel(TempoDbContext db, SiteWriter site) : PageModel
{
    public const string ConflictMessage = "Halaman ini sudah diubah orang lain sejak Anda membukanya. Teks Anda masih di formulir; bandingkan dengan halaman di situs, lalu simpan lagi.";

    [BindProperty] public PageInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public HtmlString? Preview { get; private set; }

    public sealed class PageInput
    {
        [Required(ErrorMessage = "Judul wajib diisi."), StringLength(SitePage.TitleMaxLength, ErrorMessage = "Judul paling panjang {1} karakter."), Display(Name = "Judul")]
        public string Title { get; set; } = "";

        [StringLength(SitePage.BodyMaxLength, ErrorMessage = "Isi paling panjang {1} karakter."), Display(Name = "Isi (Markdown)")]
        public string? Body { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!User.MayEditSitePages()) return Forbid();
        var page = await db.SitePages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (page is null) return NotFound();
        Slug = page.Slug;
        Input = new PageInput { Title = page.Title, Body = page.BodyMarkdown, Version = page.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (!User.MayEditSitePages()) return Forbid();
        var page = await db.SitePages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (page is null) return NotFound();
        Slug = page.Slug;
        // CASE: past the save-time limits nothing is rendered; the form says why (docs/security.md, rule 8).
        Preview = MarkdownRenderer.PreviewOf(Input.Body ?? "", out var bodyProblem);
        if (bodyProblem is not null) ModelState.AddModelError("Input.Body", bodyProblem);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!User.MayEditSitePages()) return Forbid();
        var page = await db.SitePages.SingleOrDefaultAsync(p => p.Id == id);
        if (page is null) return NotFound();
        Slug = page.Slug;
        // CASE: a body that would break or stall the page is refused with the reason, as for articles (docs/security.md, rule 8).
        if (MarkdownRenderer.Problem(Input.Body ?? "") is { } bodyProblem) ModelState.AddModelError("Input.Body", bodyProblem);
        if (ModelState.IsValid && page.Version != Input.Version) ModelState.AddModelError("", ConflictMessage);
        if (!ModelState.IsValid) return Page();

        try
        {
            await site.SaveSitePageAsync(page, Input.Title.Trim(), (Input.Body ?? "").Trim(), User.Identity!.Name!);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConflictMessage);
            return Page();
        }
        TempData["Message"] = $"Halaman {page.Title} disimpan.";
        return RedirectToPage(new { id });
    }
}
