using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Import;

public sealed record SeedImportSummary(int Imported, int Unchanged, int Failed);

/// <summary>
/// Fills the database from the seed folder's *.txt files. A file is imported again only when its content changed;
/// what a file has that is not recognised is logged as a warning by name and line, a file without title or body is
/// logged as an error and skipped, and the other files still load.
/// </summary>
public sealed class SeedImporter(TempoDbContext db, ArticleImporter importer, TimeProvider clock, ILogger<SeedImporter> log)
{
    public async Task<SeedImportSummary> ImportFolderAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            log.LogWarning("Seed folder {SeedFolder} does not exist; nothing imported", folder);
            return new SeedImportSummary(0, 0, 0);
        }

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        log.LogInformation("Seed import: {FileCount} files in {SeedFolder}", files.Count, folder);
        var stopwatch = Stopwatch.StartNew();
        int imported = 0, unchanged = 0, failed = 0;

        for (var index = 0; index < files.Count; index++)
        {
            var outcome = await ImportFileAsync(files[index], ct);
            switch (outcome)
            {
                case FileOutcome.Imported: imported++; break;
                case FileOutcome.Unchanged: unchanged++; break;
                default: failed++; break;
            }
            SiteMetrics.ImportFiles.Add(1, new("source", "seed"), new("outcome", outcome.ToString().ToLowerInvariant()));
            if ((index + 1) % 100 == 0)
                log.LogInformation("Seed import progress: {Done}/{FileCount} files", index + 1, files.Count);
        }

        log.LogInformation(
            "Seed import done: {Imported} imported, {Unchanged} unchanged, {Failed} failed in {ElapsedMs} ms",
            imported, unchanged, failed, stopwatch.ElapsedMilliseconds);
        return new SeedImportSummary(imported, unchanged, failed);
    }

    private enum FileOutcome { Imported, Unchanged, Failed }

    private async Task<FileOutcome> ImportFileAsync(string path, CancellationToken ct)
    {
        var fileName = Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var record = await db.ImportedSeedFiles.FindAsync([fileName], ct);
        if (record?.ContentSha256 == hash) return FileOutcome.Unchanged;

        var result = TempoTextParser.Parse(new UTF8Encoding(false).GetString(bytes));
        foreach (var warning in result.Warnings)
            log.LogWarning("Seed file {SeedFile} line {Line}: {Problem}", fileName, warning.Line, warning.Message);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                log.LogError("Seed file {SeedFile} line {Line}: {Problem}", fileName, error.Line, error.Message);
            return FileOutcome.Failed;
        }

        try
        {
            var text = result.Article!;
            var outcome = await importer.ImportAsync(text, ArticleImporter.SourceKeyFor(text, fileName), ImportRights.Seed, ArticleStatus.Published, ct);
            foreach (var note in outcome.Notes)
                log.LogWarning("Seed file {SeedFile}: {ImportNote}", fileName, note);
            if (outcome.Result == ImportResult.Refused) return FileOutcome.Failed;

            if (record is null) db.ImportedSeedFiles.Add(record = new ImportedSeedFile { FileName = fileName, ContentSha256 = hash });
            record.ContentSha256 = hash;
            record.ImportedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            log.LogInformation("Imported seed file {SeedFile}: {Title} ({ImportResult}) with {RelatedCount} related stories",
                fileName, text.Title, outcome.Result, text.Related.Count);
            return FileOutcome.Imported;
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            log.LogError(ex, "Seed file {SeedFile} could not be saved", fileName);
            db.ChangeTracker.Clear();
            return FileOutcome.Failed;
        }
    }
}
