using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Accepts JPEG, PNG and WebP photos, judged by their bytes (never the name or the Content-Type header), and
/// writes their renditions (<see cref="PhotoRenditionWriter"/>: upright, metadata gone, anything hidden after the
/// image dropped). An upload waits in a pending folder, which only editors can see, until the article is saved
/// (<see cref="Keep"/>); pending uploads older than a day are swept at the next upload. A photo is named by its
/// content (the start of the SHA-256 of the uploaded bytes), so the same file uploaded twice is one file, processed
/// once, and one entry of the library.
/// </summary>
public sealed partial class PhotoStore(IOptions<SiteOptions> site, AppFolders.Root root, TimeProvider clock, StaffWorkLimits limits, ILogger<PhotoStore> log)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;

    /// <summary>PNG is decoded at full size (4 bytes a pixel); JPEG and WebP are decoded already scaled down.</summary>
    public const long MaxPngPixels = 12_000_000;
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(1);

    /// <summary>
    /// A real image needs bytes for its pixels. Measured: a uniform grey 6000×6000 JPEG is 211 KB (170 pixels a byte),
    /// while a 288-byte JPEG whose header claims 6000×6000 decodes "successfully" (the decoder fills in what is missing)
    /// and costs seconds of CPU and a dozen files. Neither JPEG nor PNG's deflate packs 1,000 pixels into a byte.
    /// </summary>
    public const long MaxPixelsPerByte = 1_000;

    /// <summary>How the form carries an upload not saved yet: "unggahan/&lt;guid&gt;.jpg".</summary>
    public const string PendingPrefix = "unggahan/";

    public sealed record Result(string? Path, string? Error);

    /// <summary>A photo as an article stores it; no size for photos stored before renditions existed.</summary>
    public sealed record StoredPhoto(string Path, int? Width, int? Height);

    public string MediaFolder => root.Resolve(site.Value.MediaFolder);
    public string PendingFolder => Path.Combine(root.Resolve(site.Value.DataFolder), "uploads");

    /// <summary>Checks and processes an upload into the pending folder; the result's path goes into the form.</summary>
    public async Task<Result> SaveAsync(IFormFile file, string uploadedBy, CancellationToken ct = default)
    {
        SweepPending();
        if (file.Length == 0) return Refuse(file, uploadedBy, "Berkas foto kosong.");
        if (file.Length > MaxBytes) return Refuse(file, uploadedBy, $"Foto lebih dari {MaxBytes / 1024 / 1024} MB.");
        // CASE: every path that stores a photo comes here, so the per-person limit holds for all of them.
        if (!limits.TryUpload(uploadedBy)) return Refuse(file, uploadedBy, StaffWorkLimits.TooManyUploads);

        var bytes = new byte[file.Length];
        await using (var upload = file.OpenReadStream())
            await upload.ReadExactlyAsync(bytes, ct);
        var format = Sniff(bytes);
        if (format is null) return Refuse(file, uploadedBy, "Hanya foto JPEG, PNG, atau WebP yang diterima.");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return Refuse(file, uploadedBy, "Foto rusak atau tidak dapat dibaca.");
        var pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > MaxPixels)
            return Refuse(file, uploadedBy, "Ukuran foto (piksel) terlalu besar.");
        // CASE: checked from the header, before any decoding: a tiny file claiming a huge image is not a photo.
        if (pixels > bytes.LongLength * MaxPixelsPerByte)
            return Refuse(file, uploadedBy, "Foto rusak: ukuran berkasnya tidak sesuai dengan ukuran gambar yang tertulis di dalamnya.");
        if (format.Value.Format == PhotoRenditionWriter.Format.Png && pixels > MaxPngPixels)
            return Refuse(file, uploadedBy, $"Foto PNG paling besar {MaxPngPixels / 1_000_000} megapiksel. Simpan sebagai JPEG, atau perkecil dulu.");

        var name = $"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}.{format.Value.Extension}";
        // CASE: the same file again (a second upload, or a photo already in the library): the stored photo is used, not a copy.
        if (StoredPathOf(name) is { } stored)
        {
            log.LogInformation("Photo from {User} is already stored as {Path}", uploadedBy, stored);
            return new Result(stored, null);
        }
        var pendingMain = Path.Combine(PendingFolder, name);
        if (File.Exists(pendingMain))
        {
            File.SetLastWriteTimeUtc(pendingMain, clock.GetUtcNow().UtcDateTime);
            return new Result(PendingPrefix + name, null);
        }
        Directory.CreateDirectory(PendingFolder);
        var written = new List<string>();
        PhotoRenditionWriter.Written? result;
        try
        {
            result = PhotoRenditionWriter.Write(codec, format.Value.Format, name, (relative, encoded) =>
            {
                var path = Path.Combine(PendingFolder, relative);
                using var output = File.Create(path);
                written.Add(path);
                encoded.SaveTo(output);
            });
        }
        catch (IOException) when (File.Exists(pendingMain))
        {
            // CASE: the same file sent twice at once (a double click): the other request is writing it; this one shares it.
            return new Result(PendingPrefix + name, null);
        }
        if (result is null)
        {
            foreach (var path in written) File.Delete(path);
            return Refuse(file, uploadedBy, "Foto rusak atau tidak dapat dibaca.");
        }

        log.LogInformation(
            "Photo {PendingName} from {User}: {SourceWidth}x{SourceHeight} {Origin}, decoded at {DecodedWidth}x{DecodedHeight}, stored {Width}x{Height} in {FileCount} files",
            name, uploadedBy, codec.Info.Width, codec.Info.Height, codec.EncodedOrigin, result.DecodedWidth, result.DecodedHeight, result.Width, result.Height, written.Count);
        return new Result(PendingPrefix + name, null);
    }

    /// <summary>A photo path as the form carries it back: only names this store can have made, of files that exist.</summary>
    public bool IsKnownPath(string? path) => path switch
    {
        null => false,
        _ when PendingPathPattern().IsMatch(path) => File.Exists(Path.Combine(PendingFolder, path[PendingPrefix.Length..])),
        _ => StoredPathPattern().IsMatch(path) && File.Exists(Path.Combine(MediaFolder, path)),
    };

    /// <summary>
    /// Called when the article is saved: moves a pending upload with its renditions into the media folder, and
    /// reads the size of the main file. Null when the file is gone (swept, or never made by this store).
    /// </summary>
    public StoredPhoto? Keep(string path)
    {
        // CASE: two forms held the same pending upload and the other was saved first: its stored file is this photo.
        if (path.StartsWith(PendingPrefix, StringComparison.Ordinal) && PendingPathPattern().IsMatch(path) && StoredPathOf(path[PendingPrefix.Length..]) is { } stored)
            return Describe(stored);
        if (!IsKnownPath(path)) return null;
        if (path.StartsWith(PendingPrefix, StringComparison.Ordinal))
        {
            var name = path[PendingPrefix.Length..];
            var year = clock.GetUtcNow().ToString("yyyy");
            Directory.CreateDirectory(Path.Combine(MediaFolder, year));
            foreach (var file in Directory.EnumerateFiles(PendingFolder, Path.GetFileNameWithoutExtension(name) + "*"))
                File.Move(file, Path.Combine(MediaFolder, year, Path.GetFileName(file)));
            path = $"{year}/{name}";
        }
        return Describe(path);
    }

    /// <summary>A stored photo the body of an article names (<see cref="InlinePhotos"/>); pending uploads and unknown names are none.</summary>
    public InlinePhoto? FindStored(string path) =>
        !path.StartsWith(PendingPrefix, StringComparison.Ordinal) && IsKnownPath(path) && Describe(path) is { } photo
            ? new InlinePhoto(photo.Path, photo.Width, photo.Height)
            : null;

    /// <summary>Where the editor's form shows a photo: pending uploads through the editor area, stored ones from /media.</summary>
    public static string PreviewUrl(string path) =>
        path.StartsWith(PendingPrefix, StringComparison.Ordinal) ? UrlMap.EditorUpload(path[PendingPrefix.Length..]) : UrlMap.MediaFile(path);

    /// <summary>The full path of a pending file an editor may look at, or null for any other name.</summary>
    public string? PendingFile(string name) =>
        PendingFilePattern().IsMatch(name) && File.Exists(Path.Combine(PendingFolder, name)) ? Path.Combine(PendingFolder, name) : null;

    /// <summary>Where a photo of this content name is stored (in whichever year it first came), or null.</summary>
    private string? StoredPathOf(string name) => !Directory.Exists(MediaFolder) ? null : Directory.EnumerateDirectories(MediaFolder)
        .Select(Path.GetFileName)
        .Where(year => year is { Length: 4 } && year.All(char.IsAsciiDigit))
        .Select(year => $"{year}/{name}")
        .FirstOrDefault(path => File.Exists(Path.Combine(MediaFolder, path)));

    private StoredPhoto? Describe(string path)
    {
        using var codec = SKCodec.Create(Path.Combine(MediaFolder, path));
        if (codec is null) return null;
        var width = codec.Info.Width;
        // CASE: a photo stored before renditions existed has none; readers get the main file alone (no size given).
        var probe = PhotoRenditions.PathOf(path, PhotoRenditions.WidthsFor(width)[0], path.EndsWith(".webp", StringComparison.Ordinal) ? "jpg" : "webp");
        return File.Exists(Path.Combine(MediaFolder, probe)) ? new StoredPhoto(path, width, codec.Info.Height) : new StoredPhoto(path, null, null);
    }

    private void SweepPending()
    {
        if (!Directory.Exists(PendingFolder)) return;
        var cutoff = clock.GetUtcNow().UtcDateTime - PendingLifetime;
        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(PendingFolder).Where(f => File.GetLastWriteTimeUtc(f) < cutoff))
        {
            try
            {
                File.Delete(file);
                swept++;
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not sweep pending upload {File}", Path.GetFileName(file));
            }
        }
        if (swept > 0) log.LogInformation("Swept {FileCount} pending upload files older than {Lifetime}", swept, PendingLifetime);
    }

    private static (PhotoRenditionWriter.Format Format, string Extension)? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => (PhotoRenditionWriter.Format.Jpeg, "jpg"),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => (PhotoRenditionWriter.Format.Png, "png"),
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => (PhotoRenditionWriter.Format.Webp, "webp"),
        _ => null,
    };

    private Result Refuse(IFormFile file, string uploadedBy, string reason)
    {
        log.LogWarning("Upload refused from {User}: {Reason} ({Length} bytes, declared {ContentType})", uploadedBy, reason, file.Length, file.ContentType);
        return new Result(null, reason);
    }

    [GeneratedRegex(@"^\d{4}/[0-9a-f]{32}\.(jpg|png|webp)$")]
    private static partial Regex StoredPathPattern();

    [GeneratedRegex(@"^unggahan/[0-9a-f]{32}\.(jpg|png|webp)$")]
    private static partial Regex PendingPathPattern();

    [GeneratedRegex(@"^[0-9a-f]{32}(-\d{1,4})?\.(jpg|png|webp)$")]
    private static partial Regex PendingFilePattern();
}
