namespace TempoClone.Web.Import;

/// <summary>
/// <c>dotnet TempoClone.Web.dll --import &lt;folder&gt; [--report &lt;file&gt;]</c>: the whole archive in one go, with progress
/// on the log (files done, files per second, time left), stopped by Ctrl+C (the open batch is rolled back; run it again
/// to go on) and a JSON-lines report per file (<see cref="ArchiveReport"/>).
/// </summary>
public static class ArchiveImportCommand
{
    public const string Argument = "--import";
    public const string ReportArgument = "--report";

    public static string? FolderFrom(string[] args) => ValueAfter(args, Argument);

    public static async Task ImportArchiveAsync(this WebApplication app, string folder, string[] args)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveImportCommand));
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl+C stops after the current file; the process then exits by itself.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var progress = new LoggedProgress(log);
            var summary = await app.Services.GetRequiredService<ArchiveImport>()
                .ImportFolderAsync(Path.GetFullPath(folder), ValueAfter(args, ReportArgument), progress, stop.Token);
            log.LogInformation("Import of {Folder}: {Imported} imported, {Unchanged} unchanged, {NeedsDate} drafts need a date, {Refused} refused " +
                "of {FileCount} files in {Elapsed:F1} s ({FilesPerSecond:F0} files/s){Stopped}", folder, summary.Imported, summary.Unchanged,
                summary.NeedsDate, summary.Refused, summary.Total, summary.Elapsed.TotalSeconds,
                summary.Total / Math.Max(summary.Elapsed.TotalSeconds, 0.001), summary.Stopped ? "; stopped, run it again to go on" : "");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static string? ValueAfter(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    /// <summary>A progress line at most every two seconds, and at the end.</summary>
    private sealed class LoggedProgress(ILogger log) : IProgress<ArchiveProgress>
    {
        private long _lastTicks;

        public void Report(ArchiveProgress value)
        {
            var now = Environment.TickCount64;
            if (value.Done < value.Total && now - _lastTicks < 2000) return;
            _lastTicks = now;
            log.LogInformation("Import progress: {Done}/{FileCount} files, {FilesPerSecond:F0} files/s, about {Remaining} left",
                value.Done, value.Total, value.FilesPerSecond, value.Remaining is { } left ? left.ToString(@"m\:ss") : "?");
        }
    }
}
