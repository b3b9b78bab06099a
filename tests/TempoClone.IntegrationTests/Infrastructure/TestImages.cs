using SkiaSharp;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Real, small images made on the spot, and files that only pretend to be images.</summary>
public static class TestImages
{
    public static byte[] Encoded(SKEncodedImageFormat format, int width = 64, int height = 40)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(200, 16, 46));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width = 64, int height = 40) => Encoded(SKEncodedImageFormat.Png, width, height);

    public static FileField PhotoField(byte[] bytes, string fileName = "foto.png", string contentType = "image/png") =>
        new("PhotoUpload", fileName, bytes, contentType);
}
