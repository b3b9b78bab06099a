using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Import;

/// <summary>How far an archive import is: files done of all, and the pace so far.</summary>
public sealed record ArchiveProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => FilesPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / FilesPerSecond) : null;
}

public sealed record ArchiveImportSummary(int Imported, int Unchanged, int NeedsDate, int Refused, int Total, TimeSpan Elapsed, bool Stopped);

/// <summary>
/// Imports a folder of archive text files (the seed folder at start-up, or <c>--import</c>) through the one importer,
/// in batches: one transaction and one DbContext per batch, so memory stays flat however large the archive, and a
/// commit per batch instead of per file. A file whose SHA-256 is recorded is skipped without parsing; a stopped import
/// loses only its open batch (rolled back), so running it again picks up where it stopped and duplicates nothing.
/// Every file gets a line in the report (<see cref="ArchiveReport"/>).
/// </summary>
public sealed class ArchiveImport(IServiceScopeFactory scopes, ReaderEvictions readerCache, TimeProvider clock, ILogger<ArchiveImport> log)
{
    public const int BatchSize = 100;

    public async Task<ArchiveImportSummary> ImportFolderAsync(string folder, string? reportPath, IProgress<ArchiveProgress>? progress,
        CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            log.LogWarning("Seed folder {SeedFolder} does not exist; nothing imported", folder);
            progress?.Report(new ArchiveProgress(0, 0, TimeSpan.Zero));
            return new ArchiveImportSummary(0, 0, 0, 0, 0, TimeSpan.Zero, Stopped: false);
        }

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        log.LogInformation("Seed import: {FileCount} files in {SeedFolder}", files.Count, folder);
        await using var report = reportPath is null ? null : new ArchiveReport(reportPath);
        var stopwatch = Stopwatch.StartNew();
        var counts = new Dictionary<ArchiveFileResult, int>();
        var done = 0;
        var stopped = false;
        progress?.Report(new ArchiveProgress(0, files.Count, TimeSpan.Zero));

        try
        {
            foreach (var batch in files.Chunk(BatchSize))
            {
                var entries = await ImportBatchAsync(batch, ct);
                foreach (var entry in entries)
                {
                    counts[entry.Result] = counts.GetValueOrDefault(entry.Result) + 1;
                    if (report is not null) await report.WriteAsync(entry, ct);
                }
                if (report is not null) await report.FlushAsync(ct);
                done += batch.Length;
                // What readers see changes at the batch's commit; the writer leaves the eviction to it (a save inside a caller's transaction).
                await readerCache.EvictAllAsync(ct);
                progress?.Report(new ArchiveProgress(done, files.Count, stopwatch.Elapsed));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            stopped = true;
            log.LogWarning("Seed import stopped after {Done}/{FileCount} files; the open batch was rolled back, run it again to go on", done, files.Count);
        }

        var summary = new ArchiveImportSummary(counts.GetValueOrDefault(ArchiveFileResult.Imported), counts.GetValueOrDefault(ArchiveFileResult.Unchanged),
            counts.GetValueOrDefault(ArchiveFileResult.DraftNeedsDate), counts.GetValueOrDefault(ArchiveFileResult.Refused), files.Count, stopwatch.Elapsed, stopped);
        log.LogInformation(
            "Seed import done: {Imported} imported, {Unchanged} unchanged, {NeedsDate} drafts need a date, {Failed} failed in {ElapsedMs} ms",
            summary.Imported, summary.Unchanged, summary.NeedsDate, summary.Refused, stopwatch.ElapsedMilliseconds);
        return summary;
    }

    /// <summary>
    /// The batch in one transaction. CASE: when a save fails (a database error, not a refused text) the batch is rolled
    /// back and imported again file by file, so one bad file costs only itself.
    /// </summary>
    private async Task<List<ArchiveFileEntry>> ImportBatchAsync(string[] batch, CancellationToken ct)
    {
        try
        {
            return await ImportFilesAsync(batch, ct);
        }
        catch (FileSaveFailed failed) when (batch.Length > 1)
        {
            log.LogWarning(failed.InnerException, "Seed batch from {SeedFile} rolled back; importing its files one by one", Path.GetFileName(batch[0]));
            var entries = new List<ArchiveFileEntry>();
            foreach (var path in batch)
            {
                try { entries.AddRange(await ImportFilesAsync([path], ct)); }
                catch (FileSaveFailed single)
                {
                    log.LogError(single.InnerException, "Seed file {SeedFile} could not be saved", single.FileName);
                    entries.Add(ArchiveFileEntry.Refused(single.FileName, "Tidak dapat disimpan: " + single.InnerException!.Message));
                }
            }
            return entries;
        }
        catch (FileSaveFailed single)
        {
            log.LogError(single.InnerException, "Seed file {SeedFile} could not be saved", single.FileName);
            return [ArchiveFileEntry.Refused(single.FileName, "Tidak dapat disimpan: " + single.InnerException!.Message)];
        }
    }

    private async Task<List<ArchiveFileEntry>> ImportFilesAsync(string[] paths, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var names = paths.Select(Path.GetFileName).OfType<string>().ToList();
        var records = await db.ImportedSeedFiles.Where(f => names.Contains(f.FileName)).ToDictionaryAsync(f => f.FileName, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entries = new List<ArchiveFileEntry>(paths.Length);
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            var fileName = Path.GetFileName(path);
            try
            {
                entries.Add(await ImportFileAsync(db, importer, path, fileName, records.GetValueOrDefault(fileName), ct));
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException && !ct.IsCancellationRequested)
            {
                throw new FileSaveFailed(fileName, ex);
            }
        }
        await transaction.CommitAsync(ct);
        await scope.ServiceProvider.GetRequiredService<NewsroomEvents>().CommittedAsync(ct);
        return entries;
    }

    private async Task<ArchiveFileEntry> ImportFileAsync(TempoDbContext db, ArticleImporter importer, string path, string fileName,
        ImportedSeedFile? record, CancellationToken ct)
    {
        // Read synchronously: a small file from local disk, and an await here only hops threads between files.
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (record?.ContentSha256 == hash) return new ArchiveFileEntry(fileName, ArchiveFileResult.Unchanged, null, null, [], [], null);

        var result = TempoTextParser.Parse(new UTF8Encoding(false).GetString(bytes));
        foreach (var warning in result.Warnings)
            log.LogWarning("Seed file {SeedFile} line {Line}: {Problem}", fileName, warning.Line, warning.Message);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                log.LogError("Seed file {SeedFile} line {Line}: {Problem}", fileName, error.Line, error.Message);
            return ArchiveFileEntry.Refused(fileName, string.Join(" ", result.Errors), result.Warnings);
        }

        var text = result.Article!;
        // Staged first, so it is written with the article's own save (one commit less per file); a refusal drops it.
        if (record is null) db.ImportedSeedFiles.Add(record = new ImportedSeedFile { FileName = fileName, ContentSha256 = hash });
        record.ContentSha256 = hash;
        record.ImportedAtUtc = clock.GetUtcNow().UtcDateTime;
        var outcome = await importer.ImportAsync(text, ArticleImporter.SourceKeyFor(text, fileName), ImportRights.Seed, ArticleStatus.Published, ct);
        foreach (var note in outcome.Notes)
            log.LogWarning("Seed file {SeedFile}: {ImportNote}", fileName, note);
        if (outcome.Result == ImportResult.Refused)
        {
            ForgetAllButNames(db);
            return ArchiveFileEntry.Refused(fileName, outcome.Notes[0], result.Warnings);
        }

        await db.SaveChangesAsync(ct);
        ForgetAllButNames(db);
        log.LogInformation("Imported seed file {SeedFile}: {Title} ({ImportResult}) with {RelatedCount} related stories",
            fileName, text.Title, outcome.Result, text.Related.Count);
        var kind = outcome.Article is { PublishDateUnknown: true } ? ArchiveFileResult.DraftNeedsDate
            : outcome.Result == ImportResult.Unchanged ? ArchiveFileResult.Unchanged : ArchiveFileResult.Imported;
        return new ArchiveFileEntry(fileName, kind, outcome.Article?.Id, text.Title, result.Warnings, outcome.Notes, null, outcome.Result);
    }

    /// <summary>
    /// What this file's import tracked is written (or refused); the next file starts from an empty tracker, so memory
    /// stays flat. Kanal, reporters and tags stay: the next files of the batch find them without a query.
    /// </summary>
    private static void ForgetAllButNames(TempoDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
            if (entry.Entity is not (Kanal or Reporter or Tag)) entry.State = EntityState.Detached;
    }

    private sealed class FileSaveFailed(string fileName, Exception inner) : Exception($"Seed file {fileName} could not be saved", inner)
    {
        public string FileName { get; } = fileName;
    }
}
