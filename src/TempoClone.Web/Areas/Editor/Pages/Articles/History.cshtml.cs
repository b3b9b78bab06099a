using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>Every save of an article, who made it and when; any revision can be viewed and its content restored.</summary>
public class HistoryModel(TempoDbContext db, ArticleWriter writer) : PageModel
{
    public int ArticleId { get; private set; }

    /// <summary>The version the restore form starts from, so a save in between turns the restore into a conflict.</summary>
    public int CurrentVersion { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];
    public RevisionRow? Shown { get; private set; }
    public ArticleSnapshot? ShownSnapshot { get; private set; }
    public HtmlString ShownBody { get; private set; } = HtmlString.Empty;

    public sealed record RevisionRow(int Number, DateTime SavedAtUtc, string SavedBy);

    public async Task<IActionResult> OnGetAsync(int id, int? rev)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();

        ArticleId = id;
        CurrentVersion = article.Version;
        Title = article.Title;
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.SavedAtUtc, r.SavedBy)).ToListAsync();
        if (rev is not null)
        {
            var json = await db.ArticleRevisions.Where(r => r.ArticleId == id && r.Number == rev).Select(r => r.SnapshotJson).SingleOrDefaultAsync();
            if (json is null) return NotFound();
            Shown = Revisions.Single(r => r.Number == rev);
            ShownSnapshot = ArticleSnapshot.FromJson(json);
            ShownBody = MarkdownRenderer.ToSafeHtml(ShownSnapshot.Body);
        }
        return Page();
    }

    /// <summary>Restores a revision's content as a new save; status and publish time stay as they are now.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, int rev, int version)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();
        var json = await db.ArticleRevisions.Where(r => r.ArticleId == id && r.Number == rev).Select(r => r.SnapshotJson).SingleOrDefaultAsync();
        if (json is null) return NotFound();

        var snapshot = ArticleSnapshot.FromJson(json) with { Status = article.Status, PublishedAtUtc = article.PublishedAtUtc };
        if (snapshot.Slug != article.Slug && await db.Articles.AnyAsync(a => a.Slug == snapshot.Slug && a.Id != id))
            snapshot = snapshot with { Slug = article.Slug };

        if (!await writer.SaveAsync(article, version, snapshot, User.Identity!.Name!))
        {
            TempData["Message"] = EditModel.ConflictMessage;
            return Redirect($"{UrlMap.ArticleHistory(id)}?rev={rev}");
        }
        TempData["Message"] = $"Revisi {rev} dipulihkan sebagai revisi baru.";
        return Redirect(UrlMap.EditArticle(id));
    }

}
