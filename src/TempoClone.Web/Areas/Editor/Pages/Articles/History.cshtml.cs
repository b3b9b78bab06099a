using Microsoft.AspNetCore.Html;
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
/// Every save of an article, who made it (by name) and when; any two revisions compared word by word; any revision
/// viewed and restored (through the confirm step), the restore labelled and undoable.
/// </summary>
public class HistoryModel(TempoDbContext db, ArticleWriter writer, RevisionComparison comparison) : PageModel
{
    public int ArticleId { get; private set; }

    /// <summary>The version the restore form starts from, so a save in between turns the restore into a conflict.</summary>
    public int CurrentVersion { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];
    public RevisionRow? Shown { get; private set; }
    public ArticleSnapshot? ShownSnapshot { get; private set; }
    public HtmlString ShownBody { get; private set; } = HtmlString.Empty;

    /// <summary>The two revisions compared (older first) and what differs between them.</summary>
    public (RevisionRow From, RevisionRow To)? Compared { get; private set; }
    public IReadOnlyList<RevisionComparison.Field> Differences { get; private set; } = [];

    public sealed record RevisionRow(int Number, DateTime SavedAtUtc, string SavedBy, string? Note);

    public async Task<IActionResult> OnGetAsync(int id, int? rev, int? from, int? to)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();

        ArticleId = id;
        CurrentVersion = article.Version;
        Title = article.Title;
        var rows = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.SavedAtUtc, r.SavedBy, r.Note }).ToListAsync();
        var names = await db.DisplayNamesAsync(rows.Select(r => r.SavedBy));
        Revisions = rows.Select(r => new RevisionRow(r.Number, r.SavedAtUtc, names.NameOf(r.SavedBy), r.Note)).ToList();

        if (rev is not null)
        {
            Shown = Revisions.SingleOrDefault(r => r.Number == rev);
            if (Shown is null) return NotFound();
            ShownSnapshot = await SnapshotAsync(id, Shown.Number);
            ShownBody = MarkdownRenderer.ToSafeHtml(ShownSnapshot!.Body);
            // Viewing a revision shows what it changed, unless two others were asked for.
            if (from is null && to is null && Revisions.Any(r => r.Number < Shown.Number))
                (from, to) = (Revisions.Where(r => r.Number < Shown.Number).Max(r => r.Number), Shown.Number);
        }
        if (from is not null && to is not null && from != to)
        {
            var older = Revisions.SingleOrDefault(r => r.Number == Math.Min(from.Value, to.Value));
            var newer = Revisions.SingleOrDefault(r => r.Number == Math.Max(from.Value, to.Value));
            if (older is null || newer is null) return NotFound();
            Compared = (older, newer);
            Differences = await comparison.CompareAsync((await SnapshotAsync(id, older.Number))!, (await SnapshotAsync(id, newer.Number))!);
        }
        return Page();
    }

    /// <summary>Restores a revision's content as a new, labelled save; status and publish time stay as they are now. The undo restores what was current.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, int rev, int version)
    {
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();
        var restored = await SnapshotAsync(id, rev);
        if (restored is null) return NotFound();
        var current = await RevisionNumbers.LatestAsync(db, id);

        var snapshot = restored with { Status = article.Status, PublishedAtUtc = article.PublishedAtUtc };
        if (snapshot.Slug != article.Slug && await db.Articles.AnyAsync(a => a.Slug == snapshot.Slug && a.Id != id))
            snapshot = snapshot with { Slug = article.Slug };

        if (!await writer.SaveAsync(new ArticleSave(article, version, snapshot, User.Identity!.Name!) { AuditAction = AuditVerbs.RevisionRestored(rev), RevisionNote = $"Pemulihan revisi {rev}" }))
        {
            Flash.Tell(TempData, EditModel.ConflictMessage);
            return Redirect($"{UrlMap.ArticleHistory(id)}?rev={rev}");
        }
        var message = $"Revisi {rev} dipulihkan sebagai revisi baru.";
        if (current is { } previous && previous != rev)
            TempData.Offer(message, $"{UrlMap.ArticleHistory(id)}?handler=Restore&rev={previous}&version={article.Version}");
        else
            TempData["Message"] = message;
        return Redirect(UrlMap.EditArticle(id));
    }

    private async Task<ArticleSnapshot?> SnapshotAsync(int id, int number) =>
        await db.ArticleRevisions.Where(r => r.ArticleId == id && r.Number == number).Select(r => r.SnapshotJson).SingleOrDefaultAsync() is { } json
            ? ArticleSnapshot.FromJson(json)
            : null;
}
