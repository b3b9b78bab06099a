using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Import;

/// <summary>
/// The start-up import of the seed folder, as the site reports it while it runs in the background: readiness says
/// "Importing 123/2000" and the editor area shows a banner. Importing from the first moment when the site is set to
/// import its seed folder, so nothing can call the site ready before the import began.
/// </summary>
public sealed class SeedImportStatus(IOptions<SiteOptions> site) : IProgress<ArchiveProgress>
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ArchiveProgress? _progress;

    public bool Importing => site.Value.ImportSeedOnStart && !_finished.Task.IsCompleted;

    /// <summary>The latest report; null before the files were counted.</summary>
    public ArchiveProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Completes when the start-up import has ended (or was never asked for).</summary>
    public Task Finished => site.Value.ImportSeedOnStart ? _finished.Task : Task.CompletedTask;

    public void Report(ArchiveProgress value) => Volatile.Write(ref _progress, value);

    public void Finish() => _finished.TrySetResult();

    /// <summary>"Importing 123/2000" (machines read it on readiness), or null when no import runs.</summary>
    public string? Line => Importing ? $"Importing {Progress?.Done ?? 0}/{Progress?.Total.ToString() ?? "?"}" : null;
}

/// <summary>
/// Not ready while the start-up import runs: a load balancer sends readers to instances that have the whole archive.
/// Liveness (and so the container's health check) does not ask, so a long first start is never a failed container.
/// </summary>
public sealed class SeedImportReadiness(SeedImportStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        // CASE: Degraded, not Unhealthy: an import in progress is expected, so it is logged as a warning, not as an error
        // (readiness still answers 503 for it, see HealthEndpoints.MapHealth).
        Task.FromResult(status.Line is { } line ? HealthCheckResult.Degraded(line) : HealthCheckResult.Healthy());
}

/// <summary>Imports the seed folder (Site:ImportSeedOnStart) once the site is up, so it answers from the first second.</summary>
public sealed class SeedImportOnStart(SeedImportStatus status, ArchiveImport archive, IOptions<SiteOptions> site, AppFolders.Root root,
    ILogger<SeedImportOnStart> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!site.Value.ImportSeedOnStart) return;
        // The host goes on starting (Kestrel, the first requests) while the files are read.
        await Task.Yield();
        try
        {
            await archive.ImportFolderAsync(root.Resolve(site.Value.SeedFolder), reportPath: null, status, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Seed import failed; the site serves what was imported before");
        }
        finally
        {
            status.Finish();
        }
    }
}
