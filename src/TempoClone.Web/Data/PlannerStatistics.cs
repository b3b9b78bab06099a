using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>
/// SQLite's query planner without statistics takes "Status = 1" for a selective filter and walks the whole
/// (Status, PublishedAtUtc) index to find one article by id, a pick or a related story (measured: 16–24 ms a query on
/// 10,000 articles, against well under 1 ms with statistics). ANALYZE once at start-up, sampling at most
/// <see cref="RowsSampled"/> rows per index, so it stays a few milliseconds on any archive size.
/// </summary>
public static class PlannerStatistics
{
    private const int RowsSampled = 1000;

    public static async Task AnalyzeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit = {RowsSampled}; ANALYZE;");
    }
}
