using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>Write or edit an article. Every button posts the whole form, so nothing typed is lost, whatever the outcome.</summary>
public class EditModel(TempoDbContext db, ArticleWriter writer, ArticleFormReader reader, IOptions<SiteOptions> site, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Artikel ini sudah disimpan orang lain sejak Anda membukanya. Teks Anda masih ada di formulir: salin yang perlu, buka ulang artikel, lalu gabungkan.";

    [BindProperty] public ArticleInput Input { get; set; } = new();
    [BindProperty] public IFormFile? PhotoUpload { get; set; }

    public int? ArticleId { get; private set; }
    public string? PublicUrl { get; private set; }
    public bool CanPublish { get; private set; }
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public HtmlString? Preview { get; private set; }
    public IReadOnlyList<(int Id, string Title)> SearchResults { get; private set; } = [];

    private string UserName => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            var defaultKanal = Slugs.From(site.Value.DefaultKanal);
            Input.KanalId = await db.Kanals.Where(k => k.Slug == defaultKanal).Select(k => k.Id).FirstOrDefaultAsync();
            return await ShowAsync(null);
        }

        var article = await writer.LoadAsync(id.Value);
        if (article is null) return NotFound();
        if (!User.MayEdit(article)) return Forbid();
        Input = ArticleInput.From(article);
        return await ShowAsync(article);
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        if (!User.MayPublish() && Input.Status != ArticleStatus.Draft) return Forbid();

        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        if (!ModelState.IsValid) return await ShowAsync(article);

        var form = await reader.ReadAsync(Input, article, User, ModelState);
        if (form is null) return await ShowAsync(article);

        var target = article ?? new Article { Title = form.Snapshot.Title, Slug = form.Snapshot.Slug, AuthorId = User.StaffId() };
        if (!await writer.SaveAsync(target, Input.Version, form.Snapshot, UserName, form.NewKanal))
        {
            ModelState.AddModelError("", ConflictMessage);
            return await ShowAsync(article);
        }

        TempData["Message"] = "Tersimpan.";
        return Redirect(UrlMap.EditArticle(target.Id));
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        // The preview is the reader's rendering, from the same code.
        Preview = MarkdownRenderer.ToSafeHtml(Input.Body ?? "");
        return await ShowAsync(article);
    }

    public async Task<IActionResult> OnPostSearchAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        if (!string.IsNullOrWhiteSpace(Input.SearchQuery))
        {
            SearchResults = (await db.Articles.AsNoTracking().VisibleTo(User, clock.GetUtcNow().UtcDateTime)
                    .Where(a => a.Id != (id ?? 0)).WhereTitleContains(Input.SearchQuery.Trim())
                    .NewestFirst().Take(15).Select(a => new { a.Id, a.Title }).ToListAsync())
                .Select(a => (a.Id, a.Title)).ToList();
        }
        return await ShowAsync(article);
    }

    public async Task<IActionResult> OnPostAddRelatedAsync(int? id, int pickedId) =>
        await ChangeReferencesAsync(id, pickedId, reference => Input.Related = string.Join("\n", new[] { Input.Related?.TrimEnd(), reference }.Where(s => !string.IsNullOrEmpty(s))));

    public async Task<IActionResult> OnPostSetPickAsync(int? id, int pickedId) =>
        await ChangeReferencesAsync(id, pickedId, reference => Input.EditorsPick = reference);

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!User.MayUseTrash()) return Forbid();
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        await writer.MoveToTrashAsync(article, UserName);
        TempData["Message"] = $"\"{article.Title}\" dipindahkan ke tempat sampah.";
        return Redirect(UrlMap.Editor);
    }

    /// <summary>Writes "123 · Judul" into the form: the id decides, the title is for the editor's eyes.</summary>
    private async Task<IActionResult> ChangeReferencesAsync(int? id, int pickedId, Action<string> change)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        var title = await db.Articles.VisibleTo(User, clock.GetUtcNow().UtcDateTime).Where(a => a.Id == pickedId).Select(a => a.Title).SingleOrDefaultAsync();
        if (title is null) return NotFound();
        change($"{pickedId} · {title}");
        ModelState.Clear();
        return await ShowAsync(article);
    }

    private async Task<(Article? Article, IActionResult? Denied)> LoadForPostAsync(int? id)
    {
        if (id is null) return (null, null);
        var article = await writer.LoadAsync(id.Value);
        if (article is null) return (null, NotFound());
        return User.MayEdit(article) ? (article, null) : (null, Forbid());
    }

    private async Task<IActionResult> ShowAsync(Article? article)
    {
        ArticleId = article?.Id;
        CanPublish = User.MayPublish();
        PublicUrl = article is null ? null : ArticleLinks.Path(
            await db.Kanals.Where(k => k.Id == article.KanalId).Select(k => k.Slug).SingleAsync(), article.Slug, article.Id);
        Kanals = await db.KanalListAsync();
        return Page();
    }
}
