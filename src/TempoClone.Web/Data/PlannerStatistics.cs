using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Data;

/// <summary>
/// The query planner's statistics, refreshed at each start where the engine needs the site to do it (SQLite's
/// ANALYZE: <see cref="Engines.SqliteEngine.AnalyzeAsync"/>). It runs just after the server starts listening, not
/// before: the statistics of the last run are in the database meanwhile.
/// </summary>
public static class PlannerStatistics
{
    public static void AnalyzeDatabaseOnceStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => AnalyzeAsync(app.Services, app.Logger)));

    private static async Task AnalyzeAsync(IServiceProvider services, ILogger log)
    {
        try
        {
            using var scope = services.CreateScope();
            await services.GetRequiredService<DatabaseEngine>().AnalyzeAsync(scope.ServiceProvider.GetRequiredService<TempoDbContext>());
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException || services.GetRequiredService<DatabaseEngine>().IsTransient(ex))
        {
            // Queries still run without fresh statistics, only slower on large kanal.
            log.LogWarning(ex, "Planner statistics were not refreshed");
        }
    }
}
