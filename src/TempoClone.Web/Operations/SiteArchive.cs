using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Operations;

/// <summary>
/// `admin backup &lt;file&gt;` and `admin restore &lt;file&gt;`: one .tar.gz holding the database copy
/// (the engine's <see cref="DatabaseEngine.BackupEntry"/>: database.sqlite, SQLite's VACUUM INTO, or database.pgdump, pg_dump's custom format) and
/// the media folder under media/. Data-protection keys live in the database, so a restored site keeps its sign-ins.
/// A restore refuses a database that already holds articles or staff (or a media folder with files) unless
/// --replace is given: a restore meant for a new server must not quietly overwrite a live one.
/// </summary>
public static class SiteArchive
{
    /// <summary>Every engine's database copy is named database.*; one of another engine is refused, not restored.</summary>
    private const string DatabaseEntryPrefix = "database.";
    public const string MediaPrefix = "media/";
    private const int ProgressEvery = 500;

    public static async Task BackUpAsync(AdminContext context)
    {
        var target = Path.GetFullPath(context.Positional(0, "archive file"));
        if (File.Exists(target)) throw new AdminProblem($"{target} exists already; choose a new file name.");
        var engine = context.Services.GetRequiredService<DatabaseEngine>();
        var media = context.Services.GetRequiredService<PhotoStore>().MediaFolder;
        // Staged beside the archive, not in /tmp (a small tmpfs in the container): the database copy may be large.
        var staging = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.staging"));
        var partial = target + ".partial";
        try
        {
            context.Out.WriteLine($"Copying the {engine.Name} database…");
            var copy = Path.Combine(staging.FullName, engine.BackupEntry);
            await engine.BackupAsync(copy);
            var files = Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories) : [];
            context.Out.WriteLine($"Database copied ({Megabytes(copy)}); adding {files.Length} media files…");

            await using (var file = new FileStream(partial, FileMode.CreateNew))
            await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
            {
                await tar.WriteEntryAsync(copy, engine.BackupEntry);
                for (var i = 0; i < files.Length; i++)
                {
                    await tar.WriteEntryAsync(files[i], MediaPrefix + Path.GetRelativePath(media, files[i]).Replace('\\', '/'));
                    if ((i + 1) % ProgressEvery == 0) context.Out.WriteLine($"  {i + 1} of {files.Length} media files");
                }
            }
            // Renamed only when complete: a backup cut short never leaves a file that looks whole.
            File.Move(partial, target);
            context.Out.WriteLine($"Backup written to {target} ({Megabytes(target)}): the database and {files.Length} media files.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AdminProblem($"The backup was not written: {ex.Message}");
        }
        finally
        {
            File.Delete(partial);
            staging.Delete(recursive: true);
        }
    }

    public static async Task RestoreAsync(AdminContext context)
    {
        var source = Path.GetFullPath(context.Positional(0, "archive file"));
        if (!File.Exists(source)) throw new AdminProblem($"{source} does not exist.");
        var replace = context.Flag("--replace");
        var engine = context.Services.GetRequiredService<DatabaseEngine>();
        var media = context.Services.GetRequiredService<PhotoStore>().MediaFolder;
        await context.App.CheckDatabaseAsync();
        if (!replace) await RefuseToOverwriteAsync(context.Services, media);

        // Unpacked in the data folder (the volume), not /tmp: moving the photos into the media folder is then a rename,
        // and a large archive does not fill the container's small tmpfs.
        var site = context.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var staging = Directory.CreateDirectory(Path.Combine(context.Services.GetRequiredService<AppFolders.Root>().Resolve(site.DataFolder),
            $".restore-{Guid.NewGuid():N}"));
        try
        {
            context.Out.WriteLine($"Reading {source}…");
            var (copy, stagedMedia) = await UnpackAsync(source, staging.FullName, engine);
            context.Out.WriteLine($"Restoring the {engine.Name} database ({Megabytes(copy)})…");
            await engine.RestoreAsync(copy);

            if (replace) EmptyFolder(media);
            var files = Directory.GetFiles(stagedMedia, "*", SearchOption.AllDirectories);
            context.Out.WriteLine($"Restoring {files.Length} media files into {media}…");
            for (var i = 0; i < files.Length; i++)
            {
                var destination = Path.Combine(media, Path.GetRelativePath(stagedMedia, files[i]));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(files[i], destination, overwrite: true);
                if ((i + 1) % ProgressEvery == 0) context.Out.WriteLine($"  {i + 1} of {files.Length} media files");
            }
            context.Out.WriteLine("Restored. Start the site: it applies any newer migrations at start-up.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException || engine.IsTransient(ex))
        {
            throw new AdminProblem($"The restore stopped: {ex.Message}");
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private static async Task RefuseToOverwriteAsync(IServiceProvider services, string media)
    {
        using var scope = services.CreateScope();
        if (!await scope.ServiceProvider.GetRequiredService<TempoDbContext>().IsEmptyAsync())
            throw new AdminProblem("The database already holds articles or staff; stop the site and add --replace to overwrite it, " +
                "or point ConnectionStrings__Default at a new database.");
        if (Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any())
            throw new AdminProblem($"The media folder {media} already holds files; add --replace to overwrite it, or set Site__MediaFolder to an empty folder.");
    }

    /// <summary>The archive's database copy and media, unpacked into <paramref name="staging"/>; a name that would land outside it is refused.</summary>
    private static async Task<(string Copy, string Media)> UnpackAsync(string source, string staging, DatabaseEngine engine)
    {
        var media = Directory.CreateDirectory(Path.Combine(staging, "media")).FullName;
        string? copy = null;
        await using var file = File.OpenRead(source);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            if (entry.Name == engine.BackupEntry)
            {
                copy = Path.Combine(staging, entry.Name);
                await entry.ExtractToFileAsync(copy, overwrite: false);
            }
            else if (entry.Name.StartsWith(DatabaseEntryPrefix, StringComparison.Ordinal) && !entry.Name.Contains('/'))
            {
                throw new AdminProblem($"The archive holds a database for the other engine ({entry.Name}) but Database:Provider is {engine.Name}; " +
                    "restore it with the provider it was made with.");
            }
            else if (entry.Name.StartsWith(MediaPrefix, StringComparison.Ordinal))
            {
                var destination = Path.GetFullPath(Path.Combine(media, entry.Name[MediaPrefix.Length..]));
                if (!destination.StartsWith(media + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new AdminProblem($"The archive's entry \"{entry.Name}\" points outside the media folder; it was not made by admin backup.");
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                await entry.ExtractToFileAsync(destination, overwrite: true);
            }
        }
        return copy is null
            ? throw new AdminProblem($"{source} holds no {engine.BackupEntry}; it is not an archive written by admin backup.")
            : (copy, media);
    }

    /// <summary>The folder's content goes, the folder stays (it may be a mounted volume).</summary>
    private static void EmptyFolder(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder)) File.Delete(file);
        foreach (var child in Directory.GetDirectories(folder)) Directory.Delete(child, recursive: true);
    }

    private static string Megabytes(string file) => $"{new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB";
}
