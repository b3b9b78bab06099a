using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Review;

/// <summary>
/// Meja redaksi: the stories waiting for review, oldest first, with writer, kanal, time sent and who has each; an editor
/// takes one or gives it to another. Publishers only (convention and handler). Publishing, scheduling and
/// "Kembalikan ke penulis" happen on the story's own form.
/// </summary>
public class IndexModel(TempoDbContext db, ReviewDesk desk) : PageModel
{
    public const string Taken = "Editor lain sudah lebih dulu mengambil atau mengubah penugasan berita ini, atau berita sudah tidak menunggu review. Daftar di bawah sudah diperbarui.";

    /// <param name="AssigneeId">Sent back with Ambil/Tugaskan: the desk's answer is refused if someone changed it since.</param>
    public sealed record Row(int Id, string Title, string Writer, string Kanal, DateTime SentAtUtc, string? AssigneeId, string? Assignee);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<DeskEditors.Editor> Editors { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    /// <param name="expected">Who had it when the page was shown (empty: nobody).</param>
    /// <param name="assignee">The editor to take it; empty: the one pressing Ambil.</param>
    public async Task<IActionResult> OnPostAssignAsync(int id, string? expected, string? assignee)
    {
        if (!User.MayReview()) return Forbid();
        Editors = await DeskEditors.ListAsync(db);
        var to = string.IsNullOrEmpty(assignee) ? User.StaffId()! : assignee;
        var editor = Editors.FirstOrDefault(e => e.Id == to);
        if (editor is null)
        {
            Problem = "Pilih editor dari daftar.";
            return await ShowAsync();
        }
        if (!await desk.AssignAsync(id, string.IsNullOrEmpty(expected) ? null : expected, to, User.Identity!.Name!))
        {
            Problem = Taken;
            return await ShowAsync();
        }
        Flash.Tell(TempData, to == User.StaffId() ? "Berita ini sekarang Anda tangani." : $"Berita ini sekarang ditangani {editor.Name}.");
        return Redirect(UrlMap.ReviewDesk);
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Editors.Count == 0) Editors = await DeskEditors.ListAsync(db);
        var waiting = await db.Articles.AsNoTracking().NotDeleted().Where(a => a.ReviewState == ReviewState.Waiting)
            .OrderBy(a => a.ReviewSentAtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, Kanal = a.Kanal.Name, a.ReviewSentAtUtc, a.ReviewAssigneeId,
                Writer = db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName == "" ? u.UserName : u.DisplayName).FirstOrDefault(),
                Assignee = db.Users.Where(u => u.Id == a.ReviewAssigneeId).Select(u => u.DisplayName == "" ? u.UserName : u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync();
        Rows = waiting.Select(a => new Row(a.Id, a.Title, a.Writer ?? "—", a.Kanal, a.ReviewSentAtUtc ?? default, a.ReviewAssigneeId, a.Assignee)).ToList();
        return Page();
    }
}
