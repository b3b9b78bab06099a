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

/// <summary>
/// The live preview beside the article form (wwwroot/js/live-preview.js posts the form here as one types): the whole
/// article — kanal, headline, deck, byline, date, lead photo, body with embeds and furniture — drawn by the reader's own
/// partials and renderer from what is typed, nothing saved. Staff only (the area's convention), antiforgery-checked,
/// never cached.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class LivePreviewModel(TempoDbContext db, PhotoStore photos, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty] public ArticleInput Input { get; set; } = new();

    public ArticleHeaderView Header { get; private set; } = null!;
    public LeadPhoto? Photo { get; private set; }
    public HtmlString? Body { get; private set; }

    /// <summary>Why the body is not drawn (past the save-time limits), in the form's words.</summary>
    public string? BodyProblem { get; private set; }
    public bool IsEnglish => ArticleLanguages.IsEnglish(Input.Language);

    /// <summary>Only the form's script asks, by POST; a typed-in address gets nothing.</summary>
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var kanal = await KanalAsync();
        // CASE: a time that does not read yet (half typed) shows as now, as a save without a time would publish it.
        var publishedAtUtc = JakartaTime.ParseInput(Input.PublishAt) ?? nowUtc;
        var deck = Input.Deck?.Trim() ?? "";
        Header = new ArticleHeaderView(kanal.Name, kanal.Slug, (Input.Title ?? "").Trim() is { Length: > 0 } title ? title : "(Belum ada judul)",
            deck.Length > 0 ? deck : null,
            ArticleFormReader.SplitList(Input.Reporters, ',').Select(name => new ArticleHeaderView.Person(name, Slugs.From(name))).ToList(),
            ArticleFormReader.SplitList(Input.Editors, ','), site.Value.Name, publishedAtUtc, publishedAtUtc, ArticleLanguages.Known(Input.Language));
        Photo = LeadPhoto();
        Body = FormPreview.Render(Input.Body, ModelState, photos.FindStored);
        BodyProblem = ModelState["Input.Body"]?.Errors.FirstOrDefault()?.ErrorMessage;
        return Page();
    }

    private async Task<(string Name, string Slug)> KanalAsync()
    {
        if (Input.NewKanal?.Trim() is { Length: > 0 } typed) return (typed, Slugs.From(typed));
        var chosen = await db.Kanals.AsNoTracking().Where(k => k.Id == Input.KanalId).Select(k => new { k.Name, k.Slug }).FirstOrDefaultAsync();
        return chosen is null ? ("Kanal belum dipilih", "") : (chosen.Name, chosen.Slug);
    }

    /// <summary>
    /// The lead photo as the reader's page shows it, renditions and all. A photo still waiting in the uploads is kept in
    /// the library now (the save would do the same; the form's path still finds it), so it is drawn from /media too.
    /// </summary>
    private LeadPhoto? LeadPhoto()
    {
        if (Input.RemovePhoto) return null;
        var stored = string.IsNullOrEmpty(Input.PhotoPath) ? null : photos.Keep(Input.PhotoPath);
        var caption = Input.PhotoCaption?.Trim() ?? "";
        if (stored is null && caption.Length == 0) return null;
        return new LeadPhoto
        {
            Caption = caption, Credit = Input.PhotoCredit?.Trim() ?? "", AltText = Input.PhotoAlt?.Trim() ?? "",
            ImagePath = stored?.Path, Width = stored?.Width, Height = stored?.Height,
        };
    }
}
