using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The confirm step of a destructive action (trash, unpublish, restore an old revision): a page that asks, and whose
/// one button posts the action. Links lead here, so it works without script. Publishing again (the undo of unpublishing,
/// undo) is handled here too; trash and restore post to their own pages.
/// </summary>
public class ConfirmModel(TempoDbContext db, ArticleWriter writer, TimeProvider clock) : PageModel
{
    public const string Trash = "trash";
    public const string Restore = "restore";

    public int ArticleId { get; private set; }
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public string What { get; private set; } = "";
    public int? Revision { get; private set; }
    public string Question { get; private set; } = "";
    public string Consequence { get; private set; } = "";
    public string ButtonLabel { get; private set; } = "";
    public string PostUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? what, int? rev)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();
        ArticleId = id;
        Version = article.Version;
        Title = article.Title;
        What = what ?? "";
        switch (what)
        {
            case Trash when User.MayUseTrash():
                Question = $"Pindahkan \"{article.Title}\" ke tempat sampah?";
                Consequence = "Pembaca tidak lagi dapat membukanya. Anda dapat mengurungkannya sesudahnya, atau memulihkannya dari Tempat sampah.";
                ButtonLabel = "Ya, pindahkan ke tempat sampah";
                PostUrl = $"{UrlMap.EditArticle(id)}?handler=Delete";
                break;
            case Restore when rev is not null:
                if (!await db.ArticleRevisions.AnyAsync(r => r.ArticleId == id && r.Number == rev)) return NotFound();
                Revision = rev;
                Question = $"Pulihkan revisi {rev} dari \"{article.Title}\"?";
                Consequence = "Isinya menjadi revisi baru; status dan waktu terbit tetap seperti sekarang. Anda dapat mengurungkannya sesudahnya.";
                ButtonLabel = $"Ya, pulihkan revisi {rev}";
                PostUrl = $"{UrlMap.ArticleHistory(id)}?handler=Restore";
                break;
            default:
                return NotFound();
        }
        return Page();
    }

    /// <summary>The undo of "Tarik dari situs" (asked on the article form): published again, at the time it had.</summary>
    public async Task<IActionResult> OnPostRepublishAsync(int id, int version)
    {
        if (!User.MayPublish()) return Forbid();
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (article.Status != ArticleStatus.Unpublished)
        {
            Flash.Tell(TempData, "Status artikel sudah berubah; tidak ada yang diubah.");
            return Redirect(UrlMap.EditArticle(id));
        }
        if (!await writer.SaveAsync(new ArticleSave(article, version, ArticleSnapshot.Of(article) with { Status = ArticleStatus.Published }, User.Identity!.Name!)))
        {
            Flash.Tell(TempData, EditModel.ConflictMessage);
            return Redirect(UrlMap.EditArticle(id));
        }
        Flash.Tell(TempData, article.IsScheduled(clock.GetUtcNow().UtcDateTime)
            ? $"\"{article.Title}\" kembali dijadwalkan: {JakartaTime.DateLine(article.PublishedAtUtc)}."
            : $"\"{article.Title}\" terbit kembali.");
        return Redirect(UrlMap.EditArticle(id));
    }
}
