using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages;

public class TrashModel(TempoDbContext db, ArticleWriter writer) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string Title, DateTime DeletedAtUtc);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayUseTrash()) return Forbid();
        Rows = await db.Articles.AsNoTracking().Where(a => a.DeletedAtUtc != null).OrderByDescending(a => a.DeletedAtUtc)
            .Take(200).Select(a => new Row(a.Id, a.Title, a.DeletedAtUtc!.Value)).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id)
    {
        if (!User.MayUseTrash()) return Forbid();
        var article = await writer.LoadAsync(id, includeTrash: true);
        if (article?.DeletedAtUtc is null) return NotFound();
        await writer.RestoreFromTrashAsync(article, User.Identity!.Name!);
        TempData["Message"] = $"\"{article.Title}\" dipulihkan.";
        return RedirectToPage();
    }
}
