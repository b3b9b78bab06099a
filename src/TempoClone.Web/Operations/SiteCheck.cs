using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Operations;

/// <summary>`admin check` (what an operator asks before and after an upgrade or a restore) and `admin rebuild-search`.</summary>
public static class SiteCheck
{
    /// <summary>
    /// Each finding on its own line; fails (exit 1) when the database is unreadable or damaged or a folder cannot be
    /// written. Pending migrations are reported, not failed: the site applies them at its next start.
    /// </summary>
    public static async Task RunAsync(AdminContext context)
    {
        var failures = 0;
        void Report(bool ok, string finding)
        {
            context.Out.WriteLine($"{(ok ? "ok  " : "FAIL")}  {finding}");
            if (!ok) failures++;
        }

        using (var scope = context.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
            if (!await db.Database.CanConnectAsync())
            {
                Report(false, "database: cannot connect (see ConnectionStrings__Default)");
            }
            else
            {
                var problems = await db.IntegrityProblemsAsync();
                Report(problems.Count == 0, problems.Count == 0 ? "database: integrity check passed" : "database: " + string.Join("; ", problems.Take(5)));
                var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
                context.Out.WriteLine(pending.Count == 0
                    ? "ok    migrations: none pending"
                    : $"note  migrations: {pending.Count} pending ({string.Join(", ", pending)}); the site applies them at its next start");
            }
        }

        var site = context.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var root = context.Services.GetRequiredService<AppFolders.Root>();
        foreach (var (name, folder) in new[] { ("data folder", root.Resolve(site.DataFolder)), ("media folder", context.Services.GetRequiredService<PhotoStore>().MediaFolder) })
        {
            var problem = WriteProblem(folder);
            Report(problem is null, $"{name}: {folder} {problem ?? "is writable"}");
        }
        if (failures > 0) throw new AdminProblem($"{failures} check(s) failed.");
    }

    public static async Task RebuildSearchAsync(AdminContext context)
    {
        await context.App.MigrateDatabaseAsync();
        using var scope = context.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var articles = await db.Articles.IgnoreQueryFilters().CountAsync();
        context.Out.WriteLine($"Rebuilding the search index of {articles} articles…");
        var started = Stopwatch.GetTimestamp();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.RebuildSearchIndexAsync();
        context.Out.WriteLine($"Search index rebuilt in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.");
    }

    /// <summary>Null when a file can be made and removed in the folder (made if missing), else why not.</summary>
    private static string? WriteProblem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "is not writable: " + ex.Message;
        }
    }
}
