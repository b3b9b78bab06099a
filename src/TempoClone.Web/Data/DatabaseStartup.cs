using TempoClone.Web.Data.Engines;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data;

/// <summary>The database's start-up steps, run before the first request (and by the admin commands).</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations before the first request is served. An up-to-date database is only compared with the
    /// migrations' list: EF's full migrate (its lock, its model comparison) cost a third of a second on every start.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await app.CheckDatabaseAsync();
        using var scope = app.Services.CreateScope();
        await app.Services.GetRequiredService<DatabaseEngine>().MigrateAsync(scope.ServiceProvider.GetRequiredService<TempoDbContext>());
    }

    /// <summary>The database can be reached and written (a PostgreSQL database that is missing is created, empty), or a <see cref="StartupProblem"/>.</summary>
    public static Task CheckDatabaseAsync(this WebApplication app) => app.Services.GetRequiredService<DatabaseEngine>().CheckAsync();
}
