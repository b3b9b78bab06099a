using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Accepts JPEG, PNG and WebP photos, judged by their bytes (never the name or the Content-Type header),
/// decodes and re-encodes them (which drops metadata and anything hidden after the image), and stores them
/// under a generated name in the media folder.
/// </summary>
public sealed partial class PhotoStore(IOptions<SiteOptions> site, AppFolders.Root root, TimeProvider clock, ILogger<PhotoStore> log)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;

    public sealed record Result(string? Path, string? Error);

    public string MediaFolder => root.Resolve(site.Value.MediaFolder);

    public async Task<Result> SaveAsync(IFormFile file, string uploadedBy, CancellationToken ct = default)
    {
        if (file.Length == 0) return Refuse(file, uploadedBy, "Berkas foto kosong.");
        if (file.Length > MaxBytes) return Refuse(file, uploadedBy, $"Foto lebih dari {MaxBytes / 1024 / 1024} MB.");

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var format = Sniff(bytes);
        if (format is null) return Refuse(file, uploadedBy, "Hanya foto JPEG, PNG, atau WebP yang diterima.");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return Refuse(file, uploadedBy, "Foto rusak atau tidak dapat dibaca.");
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return Refuse(file, uploadedBy, "Ukuran foto (piksel) terlalu besar.");

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null) return Refuse(file, uploadedBy, "Foto rusak atau tidak dapat dibaca.");
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format.Value.Skia, format.Value.Skia == SKEncodedImageFormat.Png ? 100 : 85);
        if (encoded is null) return Refuse(file, uploadedBy, "Foto tidak dapat diproses.");

        var now = clock.GetUtcNow();
        var relative = $"{now:yyyy}/{Guid.NewGuid():N}.{format.Value.Extension}";
        var path = Path.Combine(MediaFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var output = File.Create(path))
            encoded.SaveTo(output);

        log.LogInformation("Photo stored as {MediaPath} ({Width}x{Height}) by {User}", relative, bitmap.Width, bitmap.Height, uploadedBy);
        return new Result(relative, null);
    }

    /// <summary>A stored photo's path as the form carries it back: only names this store can have made.</summary>
    public bool IsStoredPath(string? path) =>
        path is not null && StoredPathPattern().IsMatch(path) && File.Exists(Path.Combine(MediaFolder, path));

    private static (SKEncodedImageFormat Skia, string Extension)? Sniff(byte[] bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => (SKEncodedImageFormat.Jpeg, "jpg"),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => (SKEncodedImageFormat.Png, "png"),
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => (SKEncodedImageFormat.Webp, "webp"),
        _ => null,
    };

    private Result Refuse(IFormFile file, string uploadedBy, string reason)
    {
        log.LogWarning("Upload refused from {User}: {Reason} ({Length} bytes, declared {ContentType})", uploadedBy, reason, file.Length, file.ContentType);
        return new Result(null, reason);
    }

    [GeneratedRegex(@"^\d{4}/[0-9a-f]{32}\.(jpg|png|webp)$")]
    private static partial Regex StoredPathPattern();
}
