using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// A lead photo processed once, when it is chosen (wwwroot/js/photo-upload.js posts the file here as soon as it is
/// picked): checked, decoded, its renditions written, and kept in the photo store at once; the form then carries only
/// its path, so neither the preview nor the save processes it again. Answers JSON; staff only, antiforgery-checked.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class PhotoUploadModel(PhotoStore photos) : PageModel
{
    public sealed record Stored(string Path, string Url, int? Width, int? Height);

    public sealed record Refused(string Message);

    public IActionResult OnGet() => NotFound();

    /// <summary>422 with the reason in Indonesian, which the script shows under the file field.</summary>
    private static UnprocessableEntityObjectResult Refuse(string message) => new(new Refused(message));

    public async Task<IActionResult> OnPostAsync(IFormFile? photoUpload, CancellationToken ct)
    {
        if (photoUpload is null) return Refuse("Pilih berkas foto.");
        var result = await photos.SaveAsync(photoUpload, User.Identity!.Name!, ct);
        if (result.Error is { } error) return Refuse(error);
        // CASE: swept between the two steps (only after a day): as if it never came; the editor chooses it again.
        if (photos.Keep(result.Path!) is not { } kept) return Refuse("Foto tidak ditemukan. Unggah ulang.");
        return new JsonResult(new Stored(kept.Path, PhotoStore.PreviewUrl(kept.Path), kept.Width, kept.Height));
    }
}
