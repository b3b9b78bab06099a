using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// A writer's own story when they may not change it (waiting on the desk, or live): the text and the notes, no save
/// buttons. Instead of "Akses ditolak"; the form's POSTs stay refused (<see cref="StaffAccess.MayEdit"/>).
/// </summary>
public class ReadModel(ArticleWriter writer, ReviewPanel panels, ArticleFormFacts facts, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;
    public string PhaseLabel { get; private set; } = "";
    public string? PublicUrl { get; private set; }
    public HtmlString Body { get; private set; } = HtmlString.Empty;
    public ReviewPanel.View Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (User.MayEdit(article)) return Redirect(UrlMap.EditArticle(id));
        if (!User.MayRead(article)) return Forbid();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        Article = article;
        PhaseLabel = ArticlePhases.Of(article, nowUtc).Label();
        PublicUrl = article.IsLive(nowUtc) ? await facts.PublicPathAsync(article) : null;
        Body = MarkdownRenderer.ToSafeHtml(article.BodyMarkdown);
        Panel = await panels.ReadAsync(User, article);
        return Page();
    }
}
