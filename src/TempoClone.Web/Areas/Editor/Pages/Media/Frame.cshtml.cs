using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Media;

/// <summary>
/// "Atur fokus dan potongan": a stored photo's focal point (a click on the photo where script runs, two numbers without)
/// and optional crop, for every story that shows it (<see cref="PhotoFramer"/>).
/// </summary>
public class FrameModel(PhotoFramer framer, PhotoStore store) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "foto")] public string? PhotoPath { get; set; }

    [BindProperty] public FrameInput Input { get; set; } = new();

    public InlinePhoto Photo { get; private set; } = null!;
    public PhotoFrame? Current { get; private set; }
    public IReadOnlyList<Article> ShownBy { get; private set; } = [];

    public sealed class FrameInput
    {
        [Display(Name = "Titik fokus dari kiri (%)"), Range(0, 100, ErrorMessage = "Titik fokus dari kiri harus 0 sampai 100.")]
        public int FocusX { get; set; } = 50;

        [Display(Name = "Titik fokus dari atas (%)"), Range(0, 100, ErrorMessage = "Titik fokus dari atas harus 0 sampai 100.")]
        public int FocusY { get; set; } = 50;

        [Display(Name = "Potong kiri (%)"), Range(0, 90, ErrorMessage = "Potongan kiri harus 0 sampai 90.")]
        public int CropLeft { get; set; }

        [Display(Name = "Potong atas (%)"), Range(0, 90, ErrorMessage = "Potongan atas harus 0 sampai 90.")]
        public int CropTop { get; set; }

        [Display(Name = "Potong kanan (%)"), Range(0, 90, ErrorMessage = "Potongan kanan harus 0 sampai 90.")]
        public int CropRight { get; set; }

        [Display(Name = "Potong bawah (%)"), Range(0, 90, ErrorMessage = "Potongan bawah harus 0 sampai 90.")]
        public int CropBottom { get; set; }

        public PhotoFramer.Input AsFrame() => new(FocusX, FocusY, CropLeft, CropTop, CropRight, CropBottom);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (Current is { } frame)
            Input = new FrameInput
            {
                FocusX = frame.FocusX, FocusY = frame.FocusY,
                CropLeft = frame.CropLeft, CropTop = frame.CropTop, CropRight = frame.CropRight, CropBottom = frame.CropBottom,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (ModelState.IsValid && PhotoFramer.Problem(Input.AsFrame()) is { } problem) ModelState.AddModelError("", problem);
        if (!ModelState.IsValid) return Page();
        if (!await framer.SaveAsync(Photo.Path, Input.AsFrame(), [.. ShownBy.Select(a => a.Id)], User.Identity!.Name!))
        {
            ModelState.AddModelError("", "Berkas foto tidak dapat dibaca; fokus tidak disimpan.");
            return Page();
        }
        Flash.Tell(TempData, ShownBy.Count == 0
            ? "Fokus dan potongan foto disimpan."
            : $"Fokus dan potongan foto disimpan; {ShownBy.Count} berita yang memakainya kini menampilkan potongan baru.");
        return Redirect(UrlMap.PhotoFrame(Photo.Path));
    }

    /// <summary>404 for a name that is no stored photo; 403 for a photo this staff member may not frame.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (PhotoPath is null || store.FindStored(PhotoPath) is not { Width: not null } photo) return NotFound();
        Photo = photo;
        ShownBy = await framer.ShownByAsync(photo.Path);
        if (!PhotoFramer.MayFrame(User, ShownBy)) return Forbid();
        Current = await framer.LoadAsync(photo.Path);
        return null;
    }

    public string FramedUrl(PhotoRenditions.Framed kind, int width, string extension = "jpg") =>
        UrlMap.MediaFile(PhotoRenditions.FramedPath(Current!.PhotoPath, kind, Current.Version, width, extension));
}
