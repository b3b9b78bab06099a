using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The form's heartbeat (POST, with the antiforgery token in a header): "I have this article open", answered with who
/// else has. GET only reads. JSON; never cached.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class PresenceModel(ArticleWriter writer, PresenceBoard board) : PageModel
{
    public sealed record Answer(IReadOnlyList<string> Others);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();
        return new JsonResult(new Answer(await board.OthersAsync(id, User.StaffId())));
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article) || User.StaffId() is not { } me) return Forbid();
        await board.BeatAsync(id, me);
        return new JsonResult(new Answer(await board.OthersAsync(id, me)));
    }
}
