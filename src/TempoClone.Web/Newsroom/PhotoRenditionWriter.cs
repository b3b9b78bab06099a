using SkiaSharp;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Turns a decodable upload into its renditions: turned upright from the EXIF orientation, converted to sRGB,
/// re-encoded without any metadata, at every width of <see cref="PhotoRenditions.WidthsFor"/> in WebP and JPEG,
/// plus the main file in the uploaded format. A large image is decoded already scaled down (JPEG's DCT scaling,
/// WebP's scaled decoding), so a 40-megapixel photo costs a few megabytes of pixels, not 160.
/// </summary>
public static class PhotoRenditionWriter
{
    public enum Format { Jpeg, Png, Webp }

    private const int JpegQuality = 80;
    private const int WebpQuality = 72;

    /// <summary>The main file's size (upright) and the size the upload was decoded at, which bounds the memory used.</summary>
    public sealed record Written(int Width, int Height, int DecodedWidth, int DecodedHeight);

    /// <summary>
    /// Writes every file through <paramref name="save"/> (a path relative to the media folder, like
    /// "2026/abc-320.webp", and its bytes). Null when the image cannot be decoded completely.
    /// </summary>
    public static Written? Write(SKCodec codec, Format format, string mainPath, Action<string, SKData> save)
    {
        var origin = codec.EncodedOrigin;
        var turned = IsQuarterTurn(origin);
        var uprightWidth = turned ? codec.Info.Height : codec.Info.Width;
        var uprightHeight = turned ? codec.Info.Width : codec.Info.Height;
        var mainWidth = Math.Min(uprightWidth, PhotoRenditions.MaxWidth);
        var mainHeight = PhotoRenditions.HeightFor(mainWidth, uprightWidth, uprightHeight);

        using var decoded = DecodeAtLeast(codec, (double)mainWidth / uprightWidth);
        if (decoded is null) return null;

        // The widest rendition is drawn from the decoded pixels; each narrower one from the next wider (never more than
        // 2× smaller), which keeps a cubic filter free of aliasing without building mipmaps.
        var widths = PhotoRenditions.WidthsFor(mainWidth);
        SKBitmap? wider = null;
        try
        {
            foreach (var width in widths.Reverse())
            {
                var rendition = wider is null
                    ? DrawUpright(decoded, origin, mainWidth, mainHeight)
                    : Scale(wider, width, PhotoRenditions.HeightFor(width, mainWidth, mainHeight));
                wider?.Dispose();
                wider = rendition;
                Save(rendition, width, Format.Webp);
                if (!PhotoRenditions.IsMainFile(mainPath, width, mainWidth, "jpg")) Save(rendition, width, Format.Jpeg);
                if (width == mainWidth && format != Format.Webp) SaveMain(rendition);
            }
        }
        finally
        {
            wider?.Dispose();
        }
        return new Written(mainWidth, mainHeight, decoded.Width, decoded.Height);

        void Save(SKBitmap rendition, int width, Format encoding)
        {
            using var data = Encode(rendition, encoding);
            save(PhotoRenditions.FileOf(mainPath, width, mainWidth, encoding == Format.Webp ? "webp" : "jpg"), data);
        }

        void SaveMain(SKBitmap rendition)
        {
            using var data = Encode(rendition, format);
            save(mainPath, data);
        }
    }

    /// <summary>Decodes at the smallest size the codec offers that is still at least <paramref name="scale"/> of the original.</summary>
    private static SKBitmap? DecodeAtLeast(SKCodec codec, double scale)
    {
        var size = codec.Info.Size;
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var candidate = codec.GetScaledDimensions(eighths / 8f);
            if (candidate.Width >= codec.Info.Width * scale && candidate.Height >= codec.Info.Height * scale)
            {
                size = candidate;
                break;
            }
        }

        // Pixels converted to sRGB (a phone's Display P3 photo keeps its colours in browsers that assume sRGB).
        // CASE: PNG has no scaled decoding (nor, in this Skia build, row-by-row decoding): it is decoded whole, which is
        // why PhotoStore allows it fewer pixels.
        var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>Applies the EXIF orientation and scales to the main size, on white (JPEG has no transparency).</summary>
    private static SKBitmap DrawUpright(SKBitmap decoded, SKEncodedOrigin origin, int width, int height)
    {
        float w = decoded.Width, h = decoded.Height;
        // Maps the stored pixels to upright ones (EXIF orientation values 1-8).
        var orient = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var turned = IsQuarterTurn(origin);
        var scale = SKMatrix.CreateScale(width / (turned ? h : w), height / (turned ? w : h));

        var upright = new SKBitmap(new SKImageInfo(width, height, SKImageInfo.PlatformColorType, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.White);
        canvas.SetMatrix(SKMatrix.Concat(scale, orient));
        decoded.SetImmutable(); // so the image shares its pixels instead of copying them
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, 0, 0, Sampling(Math.Max(w, h) / Math.Max(width, height)));
        return upright;
    }

    private static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap Scale(SKBitmap source, int width, int height)
    {
        var scaled = new SKBitmap(new SKImageInfo(width, height, SKImageInfo.PlatformColorType, SKAlphaType.Opaque));
        source.ScalePixels(scaled, Sampling((float)source.Width / width));
        return scaled;
    }

    /// <summary>Cubic (Mitchell) for modest reductions; mipmaps only when a PNG could not be decoded scaled down.</summary>
    internal static SKSamplingOptions Sampling(float reduction) =>
        reduction > 2.5f ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear) : new SKSamplingOptions(SKCubicResampler.Mitchell);

    internal static SKData Encode(SKBitmap bitmap, Format format)
    {
        using var pixmap = bitmap.PeekPixels();
        return format switch
        {
            Format.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            Format.Png => pixmap.Encode(SKPngEncoderOptions.Default),
            _ => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebpQuality)),
        } ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
    }
}
