using SkiaSharp;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Real, small images made on the spot, and files that only pretend to be images.</summary>
public static class TestImages
{
    /// <summary>
    /// A red image whose last pixel has a random colour: the store names photos by their content, so each call is a new
    /// photo, as two different uploads would be; a test that wants the same file twice keeps the bytes.
    /// </summary>
    public static byte[] Encoded(SKEncodedImageFormat format, int width = 64, int height = 40)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(200, 16, 46));
        bitmap.SetPixel(width - 1, height - 1, new SKColor((uint)Random.Shared.Next() | 0xFF000000));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width = 64, int height = 40) => Encoded(SKEncodedImageFormat.Png, width, height);

    public static readonly SKColor Red = new(210, 40, 40), Green = new(40, 170, 60), Blue = new(40, 70, 200), Yellow = new(230, 200, 40);

    /// <summary>
    /// A camera-like JPEG: four coloured quarters as stored (red top left, green top right, blue bottom left, yellow
    /// bottom right) under texture at several scales, which survives downscaling as a real photo's detail does (foliage,
    /// fabric, crowds), plus sensor grain; and, when given, an EXIF APP1 segment with an Orientation tag (6: the viewer
    /// must turn it a quarter clockwise), as phones write it.
    /// </summary>
    public static byte[] CameraJpeg(int width, int height, int? orientation = null, int texture = 40, int grain = 6, int quality = 88)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        uint seed = 2463534242;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var quarter = (x < width / 2, y < height / 2) switch
                {
                    (true, true) => Red,
                    (false, true) => Green,
                    (true, false) => Blue,
                    _ => Yellow,
                };
                seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5;
                var detail = (int)(texture * (ValueNoise(x, y, 2) + ValueNoise(x, y, 6) + ValueNoise(x, y, 18) + ValueNoise(x, y, 54)) / 2)
                    + (int)(seed % (2 * grain + 1)) - grain;
                var i = (y * width + x) * 4;
                pixels[i] = Clamp(quarter.Red + detail);
                pixels[i + 1] = Clamp(quarter.Green + detail);
                pixels[i + 2] = Clamp(quarter.Blue + detail);
                pixels[i + 3] = 255;
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        var jpeg = data.ToArray();
        return orientation is { } value ? [.. jpeg[..2], .. ExifOrientation(value), .. jpeg[2..]] : jpeg;
    }

    /// <summary>Smooth noise in [-1, 1] with features about <paramref name="cell"/> pixels across (random corners, blended).</summary>
    private static double ValueNoise(int x, int y, int cell)
    {
        int cx = x / cell, cy = y / cell;
        double fx = (double)(x % cell) / cell, fy = (double)(y % cell) / cell;
        var top = Corner(cx, cy, cell) * (1 - fx) + Corner(cx + 1, cy, cell) * fx;
        var bottom = Corner(cx, cy + 1, cell) * (1 - fx) + Corner(cx + 1, cy + 1, cell) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double Corner(int x, int y, int cell)
    {
        var h = (uint)(x * 374761393 + y * 668265263 + cell * 2147483647);
        h = (h ^ (h >> 13)) * 1274126177;
        return (h ^ (h >> 16)) % 2001 / 1000.0 - 1;
    }

    /// <summary>APP1 "Exif": a big-endian TIFF header and one IFD with Orientation (0x0112, SHORT) and Make ("KameraUji").</summary>
    public static byte[] ExifOrientation(int orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // header, IFD0 at offset 8
            0x00, 0x02, // two entries
            0x01, 0x0F, 0x00, 0x02, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x26, // Make, ASCII, 10 bytes at offset 38
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00, // Orientation, SHORT, 1
            0x00, 0x00, 0x00, 0x00, // no next IFD
            .. "KameraUji\0"u8.ToArray(),
        ];
        byte[] body = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        var length = body.Length + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. body];
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    public static FileField PhotoField(byte[] bytes, string fileName = "foto.png", string contentType = "image/png") =>
        new("PhotoUpload", fileName, bytes, contentType);
}
