using SkiaSharp;
using TempoClone.Web.Domain;
using static TempoClone.Web.Rendering.PhotoRenditions;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Draws a framed photo's renditions once, when its frame changes (<see cref="PhotoFramer"/>), from the stored main file
/// (already upright: the EXIF orientation was applied when it was uploaded). The crop is cut first; then each shape keeps
/// the focal point as near its middle as the cropped photo allows: the lead at most 4:3 tall (a portrait phone photo no
/// longer fills the screen), 16:9 thumbnails, and the 1200 × 630 image for sharing.
/// </summary>
public static class PhotoFrameWriter
{
    /// <summary>The lead may be as tall as 4:3; a wider photo keeps its own shape.</summary>
    public const double LeadMaxHeightPerWidth = 3.0 / 4;

    /// <summary>What is left of a <paramref name="width"/> × <paramref name="height"/> photo after the frame's crop.</summary>
    public static SKRectI Cropped(int width, int height, PhotoFrame frame) => new(
        width * frame.CropLeft / 100, height * frame.CropTop / 100,
        width - width * frame.CropRight / 100, height - height * frame.CropBottom / 100);

    /// <summary>
    /// The largest rectangle of <paramref name="aspect"/> (width / height) inside <paramref name="region"/>, centred on the
    /// focal point (in percent of the whole <paramref name="width"/> × <paramref name="height"/> photo) and pushed back inside at the edges.
    /// </summary>
    public static SKRectI Around(SKRectI region, double aspect, int width, int height, PhotoFrame frame)
    {
        var (w, h) = region.Width >= region.Height * aspect
            ? ((int)Math.Round(region.Height * aspect), region.Height)
            : (region.Width, (int)Math.Round(region.Width / aspect));
        w = Math.Clamp(w, 1, region.Width);
        h = Math.Clamp(h, 1, region.Height);
        var left = Math.Clamp(width * frame.FocusX / 100 - w / 2, region.Left, region.Right - w);
        var top = Math.Clamp(height * frame.FocusY / 100 - h / 2, region.Top, region.Bottom - h);
        return SKRectI.Create(left, top, w, h);
    }

    /// <summary>The lead's part of the photo: the crop, cut to 4:3 around the focal point when it is taller than that.</summary>
    public static SKRectI Lead(int width, int height, PhotoFrame frame)
    {
        var region = Cropped(width, height, frame);
        return region.Height > region.Width * LeadMaxHeightPerWidth ? Around(region, 1 / LeadMaxHeightPerWidth, width, height, frame) : region;
    }

    /// <summary>
    /// Writes the frame's renditions (named with its <see cref="PhotoFrame.Version"/>) through <paramref name="save"/>, and
    /// sets its lead size. False when the main file cannot be read.
    /// </summary>
    public static bool Write(string mainFile, PhotoFrame frame, Action<string, SKData> save)
    {
        using var photo = SKBitmap.Decode(mainFile);
        if (photo is null) return false;
        photo.SetImmutable();
        using var image = SKImage.FromBitmap(photo);
        var path = frame.PhotoPath;

        var lead = Lead(photo.Width, photo.Height, frame);
        var leadWidth = Math.Min(lead.Width, MaxWidth);
        frame.Width = leadWidth;
        frame.Height = HeightFor(leadWidth, lead.Width, lead.Height);
        foreach (var width in WidthsFor(leadWidth))
            Draw(lead, width, HeightFor(width, lead.Width, lead.Height), Framed.Lead, both: true);

        var thumbnail = Around(Cropped(photo.Width, photo.Height, frame), 16.0 / 9, photo.Width, photo.Height, frame);
        foreach (var width in ThumbnailWidths) Draw(thumbnail, width, width * 9 / 16, Framed.Thumbnail, both: true);

        // Crawlers take one JPEG; a photo smaller than 1200 × 630 is enlarged, as the sites would enlarge it anyway.
        Draw(Around(Cropped(photo.Width, photo.Height, frame), (double)SocialWidth / SocialHeight, photo.Width, photo.Height, frame),
            SocialWidth, SocialHeight, Framed.Social, both: false);
        return true;

        void Draw(SKRectI part, int width, int height, Framed kind, bool both)
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKImageInfo.PlatformColorType, SKAlphaType.Opaque));
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                canvas.DrawImage(image, part, SKRect.Create(width, height), PhotoRenditionWriter.Sampling((float)part.Width / width));
            }
            using (var jpeg = PhotoRenditionWriter.Encode(bitmap, PhotoRenditionWriter.Format.Jpeg))
                save(FramedPath(path, kind, frame.Version, width, "jpg"), jpeg);
            if (!both) return;
            using var webp = PhotoRenditionWriter.Encode(bitmap, PhotoRenditionWriter.Format.Webp);
            save(FramedPath(path, kind, frame.Version, width, "webp"), webp);
        }
    }
}
