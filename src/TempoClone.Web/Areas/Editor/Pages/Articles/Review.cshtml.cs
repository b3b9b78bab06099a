using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The review desk's steps on one story (<see cref="ReviewDesk"/>): a note (written, reworded, taken down),
/// "Kembalikan ke penulis", "Tarik kiriman".
/// Each posts only its own small form from the panel; a refused step shows this page with the panel, what was typed and why.
/// </summary>
public class ReviewModel(ArticleWriter writer, ReviewDesk desk, ReviewPanel panels, TempoDbContext db) : PageModel
{
    public const string NotWaiting = "Berita ini sudah tidak menunggu review: editor lain sudah mengembalikan atau menerbitkannya, atau penulis menariknya.";

    [BindProperty] public string? Text { get; set; }

    public string Title { get; private set; } = "";
    public ReviewPanel.View Panel { get; private set; } = null!;

    private string UserName => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayRead(article)) return Forbid();
        return await ShowAsync(article);
    }

    public Task<IActionResult> OnPostNoteAsync(int id) => WithTextAsync(id, "Note", (article, _) => User.MayWriteNote(article), async (article, text) =>
    {
        await desk.AddNoteAsync(article, text, UserName);
        Flash.Tell(TempData, "Catatan disimpan.");
        return null;
    });

    /// <summary>Rewords the writer's own note; the earlier wording stays in the notes' history.</summary>
    public async Task<IActionResult> OnPostEditNoteAsync(int id, int noteId)
    {
        if (await NoteOfAsync(id, noteId) is not { } note) return NotFound();
        return await WithTextAsync(id, "Note", (article, _) => User.MayRead(article) && User.MayEditNote(note), async (article, text) =>
        {
            await desk.ChangeNoteAsync(article, note, text, UserName);
            Flash.Tell(TempData, "Catatan diubah. Kata-kata sebelumnya tetap ada di riwayat catatan.");
            return null;
        });
    }

    /// <summary>Takes a note down (the writer's own, or any for an editor); kept in the notes' history.</summary>
    public async Task<IActionResult> OnPostRemoveNoteAsync(int id, int noteId)
    {
        var article = await writer.LoadAsync(id);
        if (article is null || await NoteOfAsync(id, noteId) is not { } note) return NotFound();
        if (!User.MayRead(article) || !User.MayRemoveNote(note)) return Forbid();
        await desk.ChangeNoteAsync(article, note, null, UserName);
        Flash.Tell(TempData, "Catatan dihapus. Isinya tetap ada di riwayat catatan.");
        return Redirect(UrlMap.EditArticle(id) + "#redaksi");
    }

    private Task<ArticleNote?> NoteOfAsync(int articleId, int noteId) =>
        db.ArticleNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.ArticleId == articleId);

    public Task<IActionResult> OnPostReturnAsync(int id) => WithTextAsync(id, "Return", (_, _) => User.MayReview(), async (article, text) =>
    {
        if (!await desk.ReturnAsync(article, text, UserName)) return NotWaiting;
        Flash.Tell(TempData, $"\"{article.Title}\" dikembalikan ke penulis dengan catatan.");
        return null;
    }, done: UrlMap.ReviewDesk);

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.IsAuthorOf(article)) return Forbid();
        if (!User.MayWithdrawReview(article) || !await desk.WithdrawAsync(article, UserName)) return await ShowAsync(article, problem: NotWaiting);
        Flash.Tell(TempData, "Kiriman ditarik: berita kembali menjadi draf Anda.");
        return Redirect(UrlMap.EditArticle(id));
    }

    /// <param name="step">Does the step; returns why it was refused, or null when done.</param>
    private async Task<IActionResult> WithTextAsync(int id, string field, Func<Article, string, bool> may, Func<Article, string, Task<string?>> step, string? done = null)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        var text = Text?.Trim() ?? "";
        if (!may(article, text)) return Forbid();
        var problem = text.Length == 0 ? "Tulis catatannya dulu."
            : text.Length > ArticleNote.TextMaxLength ? $"Catatan paling panjang {ArticleNote.TextMaxLength} karakter."
            : await step(article, text);
        if (problem is not null) return await ShowAsync(article, problem, field);
        return Redirect(done ?? UrlMap.EditArticle(id) + "#redaksi");
    }

    private async Task<IActionResult> ShowAsync(Article article, string? problem = null, string? field = null)
    {
        Title = article.Title;
        Panel = await panels.ReadAsync(User, article) with { Problem = problem, ProblemField = problem == NotWaiting ? null : field, TypedNote = Text };
        return Page();
    }
}
