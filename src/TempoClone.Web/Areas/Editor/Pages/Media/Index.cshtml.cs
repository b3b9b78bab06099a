using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Media;

/// <summary>The photo library: search stored photos by caption, credit or alt text; use one as a lead photo (on a new article or the one named by <c>for</c>).</summary>
public class IndexModel(MediaLibrary library, ArticleWriter writer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    /// <summary>The article the chosen photo is for; empty for a new article.</summary>
    [BindProperty(SupportsGet = true, Name = "for")] public int? ForArticle { get; set; }

    public IReadOnlyList<MediaLibrary.Photo> Photos { get; private set; } = [];
    public string? ForTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (ForArticle is { } id)
        {
            var article = await writer.LoadAsync(id);
            if (article is null) return NotFound();
            if (!User.MayEdit(article)) return Forbid();
            ForTitle = article.Title;
        }
        Photos = await library.SearchAsync(User, Query);
        return Page();
    }

    /// <summary>The same search as JSON, for the article form's photo picker (wwwroot/js/media-picker.js).</summary>
    public async Task<IActionResult> OnGetJsonAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult((await library.SearchAsync(User, Query)).Select(p => new
        {
            p.Path, p.Caption, p.Credit, p.AltText, Url = PhotoStore.PreviewUrl(p.Path), p.ArticleTitle,
        }));
    }

    public string UseUrl(MediaLibrary.Photo photo) =>
        $"{(ForArticle is { } id ? TempoClone.Web.Rendering.UrlMap.EditArticle(id) : TempoClone.Web.Rendering.UrlMap.NewArticle)}?media={Uri.EscapeDataString(photo.Path)}";
}
