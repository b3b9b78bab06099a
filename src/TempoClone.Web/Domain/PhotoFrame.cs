namespace TempoClone.Web.Domain;

/// <summary>
/// How a stored photo is framed wherever it is shown in a fixed shape (the lead, list thumbnails, the 1200 × 630 image
/// for sharing): a focal point kept in view, and an optional crop cut from each side, all in percent of the upright
/// photo. One per photo file, not per use, so every story that shows the photo follows it. Photos never framed have no row.
/// </summary>
public class PhotoFrame
{
    /// <summary>The photo's main file under the media folder ("2026/abc….jpg").</summary>
    public required string PhotoPath { get; set; }

    /// <summary>The point to keep in view, 0–100 % from the left and from the top of the uncropped photo.</summary>
    public int FocusX { get; set; } = 50;
    public int FocusY { get; set; } = 50;

    /// <summary>The crop: percent cut from each side (0 = nothing); what is left is at least <see cref="MinKeptPercent"/> each way.</summary>
    public int CropLeft { get; set; }
    public int CropTop { get; set; }
    public int CropRight { get; set; }
    public int CropBottom { get; set; }

    /// <summary>Moves on every change: the framed renditions' names carry it, so no browser, proxy or crawler keeps an old crop.</summary>
    public int Version { get; set; }

    /// <summary>Size of the framed lead rendition (the widest), for the page's width and height attributes.</summary>
    public int Width { get; set; }
    public int Height { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public const int MinKeptPercent = 10;
}
