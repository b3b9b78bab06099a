namespace TempoClone.Web.Rendering;

/// <summary>
/// The file names of a stored photo's renditions, shared by the store that writes them and the markup that lists
/// them. A photo stored as "2026/abc.jpg" (the main file, in the uploaded format, at most <see cref="MaxWidth"/>
/// wide) has "2026/abc-320.webp", "2026/abc-320.jpg", … for every width of <see cref="WidthsFor"/>, except that a
/// JPEG main file is itself the widest JPEG rendition.
/// </summary>
public static class PhotoRenditions
{
    /// <summary>The widest rendition: wide enough for a 2× screen at the article's 42rem column.</summary>
    public const int MaxWidth = 1600;

    /// <summary>The rungs: a list thumbnail (160), phones at 1×-3× (320-1200), wide screens (1600).</summary>
    public static readonly IReadOnlyList<int> Ladder = [160, 320, 640, 800, 1200, MaxWidth];

    /// <summary>Widths stored for a photo whose main file is <paramref name="mainWidth"/> wide, narrowest first; the last is the main width.</summary>
    public static IReadOnlyList<int> WidthsFor(int mainWidth) => [.. Ladder.Where(w => w < mainWidth), mainWidth];

    /// <summary>The only types a stored photo can have, by extension: what /media serves them as.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
    };

    /// <summary>"2026/abc.jpg" + 320 + "webp" → "2026/abc-320.webp".</summary>
    public static string PathOf(string mainPath, int width, string extension) =>
        $"{mainPath[..mainPath.LastIndexOf('.')]}-{width}.{extension}";

    /// <summary>Height of a rendition <paramref name="width"/> wide, keeping the main file's proportions.</summary>
    public static int HeightFor(int width, int mainWidth, int mainHeight) =>
        Math.Max(1, (int)Math.Round((double)width * mainHeight / mainWidth));

    /// <summary>Whether the widest rendition in this format is the main file itself (no copy is stored).</summary>
    public static bool IsMainFile(string mainPath, int width, int mainWidth, string extension) =>
        width == mainWidth && mainPath.EndsWith("." + extension, StringComparison.Ordinal);

    /// <summary>The file of one rendition, relative to the media folder.</summary>
    public static string FileOf(string mainPath, int width, int mainWidth, string extension) =>
        IsMainFile(mainPath, width, mainWidth, extension) ? mainPath : PathOf(mainPath, width, extension);

    /// <summary>The image for sharing, as Facebook, X and WhatsApp show it large (1.91:1).</summary>
    public const int SocialWidth = 1200, SocialHeight = 630;

    /// <summary>List thumbnails of a framed photo: a 16:9 box at 1× and 2× of the list's widest picture column.</summary>
    public static readonly IReadOnlyList<int> ThumbnailWidths = [160, 320];

    /// <summary>The renditions of a framed photo (<see cref="Domain.PhotoFrame"/>): the lead, the thumbnail and the image for sharing.</summary>
    public enum Framed { Lead = 'f', Thumbnail = 't', Social = 's' }

    /// <summary>"2026/abc.jpg" + Lead + version 3 + 320 + "webp" → "2026/abc-f3-320.webp": a new version is a new name, so no cache keeps an old crop.</summary>
    public static string FramedPath(string mainPath, Framed kind, int version, int width, string extension) =>
        $"{mainPath[..mainPath.LastIndexOf('.')]}-{(char)kind}{version}-{width}.{extension}";

    /// <summary>The srcset of a framed rendition in one format, at <paramref name="widths"/>.</summary>
    public static string FramedSrcSet(string mainPath, Framed kind, int version, IEnumerable<int> widths, string extension) => string.Join(", ",
        widths.Select(w => $"{UrlMap.MediaFile(FramedPath(mainPath, kind, version, w, extension))} {w}w"));

    /// <summary>The srcset of one format ("webp" or "jpg"), narrowest first.</summary>
    public static string SrcSet(string mainPath, int mainWidth, string extension) => string.Join(", ",
        WidthsFor(mainWidth).Select(w => $"{UrlMap.MediaFile(FileOf(mainPath, w, mainWidth, extension))} {w}w"));
}
