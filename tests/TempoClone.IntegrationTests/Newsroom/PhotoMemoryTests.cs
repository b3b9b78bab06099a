using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Newsroom;

namespace TempoClone.IntegrationTests.Newsroom;

/// <summary>Alone, so no other test's memory shows up in the process's peak.</summary>
[CollectionDefinition(nameof(PhotoMemoryTests), DisableParallelization = true)]
public class PhotoMemoryCollection;

[Collection(nameof(PhotoMemoryTests))]
public class PhotoMemoryTests(TempoAppFactory factory, ITestOutputHelper output) : IClassFixture<TempoAppFactory>
{
    /// <summary>Fully decoded, a 40-megapixel photo alone is 160 MB of pixels; the whole upload stays well under that.</summary>
    private const long MaxPeakGrowthBytes = 100L * 1024 * 1024;

    /// <summary>
    /// JPEG at the 40-megapixel limit (7728×5152, as a high-end camera writes, turned by EXIF) is decoded scaled down by
    /// the codec; PNG, which cannot be, has a 12-megapixel limit (4000×3000 here) and is decoded whole.
    /// </summary>
    [Theory]
    [InlineData("jpg")]
    [InlineData("png")]
    public async Task Upload_LargestPhotoAllowed_PeakMemoryStaysBounded(string format)
    {
        var bytes = format == "jpg"
            ? TestImages.CameraJpeg(7728, 5152, orientation: 6, quality: 80)
            : TestImages.Encoded(SkiaSharp.SKEncodedImageFormat.Png, 4000, 3000);
        Assert.InRange(bytes.Length, 1, PhotoStore.MaxBytes);
        var upload = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "PhotoUpload", "kamera-40mp." + format)
        {
            Headers = new HeaderDictionary(), ContentType = "image/" + (format == "jpg" ? "jpeg" : format),
        };
        var store = factory.Services.GetRequiredService<PhotoStore>();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Linux: writing 5 to clear_refs resets the peak resident size (VmHWM) to the current one.
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        var before = StatusKilobytes("VmRSS");
        var watch = Stopwatch.StartNew();
        var result = await store.SaveAsync(upload, "uji-memori");
        watch.Stop();
        var growth = (StatusKilobytes("VmHWM") - before) * 1024;

        Assert.True(result.Error is null, result.Error);
        var processed = factory.Logs.Events.Last(e => e.MessageTemplate.Text.StartsWith("Photo {PendingName}"));
        var decoded = $"{LogCollector.Scalar(processed, "DecodedWidth")}x{LogCollector.Scalar(processed, "DecodedHeight")}";
        Assert.Equal(format == "jpg" ? "2898x1932" : "4000x3000", decoded);
        output.WriteLine($"Largest upload ({bytes.Length / 1024} KB {format}, decoded at {decoded}): peak resident growth {growth / 1024 / 1024} MB, {watch.ElapsedMilliseconds} ms");
        Assert.True(growth < MaxPeakGrowthBytes, $"Peak resident memory grew by {growth / 1024 / 1024} MB while processing the upload.");
    }

    private static long StatusKilobytes(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith(field + ":"))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
