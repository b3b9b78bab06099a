using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Uploads;

/// <summary>A pending upload, shown on the article form before the article is saved; staff only, like every editor page.</summary>
public class ShowModel(PhotoStore photos) : PageModel
{
    public IActionResult OnGet(string name)
    {
        if (photos.PendingFile(name) is not { } file) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(file, PhotoRenditions.ContentTypes[Path.GetExtension(file)]);
    }
}
