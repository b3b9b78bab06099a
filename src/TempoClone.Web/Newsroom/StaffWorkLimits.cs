using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TempoClone.Web.Newsroom;

/// <summary>How much costly work (photo uploads, imports) one staff member may start a minute.</summary>
public sealed class StaffWorkLimitOptions
{
    public const string Section = "Security:WorkLimits";

    /// <summary>Photo uploads a person may make per minute: each is decoded and written as a dozen renditions.</summary>
    [Range(1, 10_000)]
    public int UploadsPerMinute { get; set; } = 20;

    /// <summary>Imports (pasted or uploaded Tempo texts) a person may make per minute.</summary>
    [Range(1, 10_000)]
    public int ImportsPerMinute { get; set; } = 20;
}

/// <summary>
/// Per-person limits on the work a staff member can make the server do: the ASP.NET Core rate limiter's sliding window,
/// partitioned by the staff account's id. It is asked in the handlers, not by the rate-limiting middleware, because the
/// middleware runs before authentication and knows only the address (a person may use many, and many share one).
/// CASE: a sliding window (six 10-second segments), so a burst at a minute's turn is not let through twice.
/// </summary>
public sealed class StaffWorkLimits(IOptions<StaffWorkLimitOptions> options) : IDisposable
{
    public const string TooManyUploads = "Terlalu banyak foto diunggah dalam semenit. Tunggu sebentar, lalu unggah lagi.";
    public const string TooManyImports = "Terlalu banyak impor dalam semenit. Tunggu sebentar, lalu impor lagi.";

    private readonly PartitionedRateLimiter<string> _uploads = PerPerson(options.Value.UploadsPerMinute);
    private readonly PartitionedRateLimiter<string> _imports = PerPerson(options.Value.ImportsPerMinute);

    /// <summary>True when this person may upload one more photo now (the upload is counted).</summary>
    public bool TryUpload(string staffId) => Take(_uploads, staffId);

    /// <summary>True when this person may import one more text now (the import is counted).</summary>
    public bool TryImport(string staffId) => Take(_imports, staffId);

    private static bool Take(PartitionedRateLimiter<string> limiter, string staffId)
    {
        using var lease = limiter.AttemptAcquire(staffId);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> PerPerson(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(staffId => RateLimitPartition.GetSlidingWindowLimiter(staffId, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        _uploads.Dispose();
        _imports.Dispose();
    }
}
