using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Newsroom;
using Xunit.Abstractions;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Alone, so no other test's memory shows up in the process's peak.</summary>
[CollectionDefinition(nameof(PhotoMemoryTests), DisableParallelization = true)]
public class PhotoMemoryCollection;

[Collection(nameof(PhotoMemoryTests))]
public class PhotoMemoryTests(TempoAppFactory factory, ITestOutputHelper output) : IClassFixture<TempoAppFactory>
{
    /// <summary>Fully decoded, a 40-megapixel photo alone is 160 MB of pixels; scaled decoding keeps the whole upload well under that.</summary>
    private const long MaxPeakGrowthBytes = 100L * 1024 * 1024;

    [Fact]
    public async Task Upload_FortyMegapixelJpeg_PeakMemoryStaysFarBelowItsFullSize()
    {
        // 7728×5152 = 39.8 megapixels, as a high-end camera writes, turned by EXIF; under the 10 MB upload limit.
        var bytes = TestImages.CameraJpeg(7728, 5152, orientation: 6, quality: 80);
        Assert.InRange(bytes.Length, 1, PhotoStore.MaxBytes);
        var upload = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "PhotoUpload", "kamera-40mp.jpg");
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

        Assert.Null(result.Error);
        output.WriteLine($"40-MP upload ({bytes.Length / 1024} KB JPEG): peak resident growth {growth / 1024 / 1024} MB, {watch.ElapsedMilliseconds} ms");
        Assert.True(growth < MaxPeakGrowthBytes, $"Peak resident memory grew by {growth / 1024 / 1024} MB while processing a 40-MP upload.");
    }

    private static long StatusKilobytes(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith(field + ":"))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
