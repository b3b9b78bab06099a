using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data.Engines;

namespace TempoClone.IntegrationTests.Data;

/// <summary>
/// SQLite's sampled ANALYZE cannot count a key past its sample, so a status shared by two million stories looked as
/// rare as one kanal's and a deep kanal page walked the whole archive (issue 20): such an index is analyzed again in full.
/// </summary>
public class PlannerStatisticsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string Index = "IX_Articles_Status_PublishedAtUtc";

    [Fact]
    public async Task Planner_SqliteIndexWithASampledCommonKey_IsAnalyzedAgainInFull_PostgresHasNoJit()
    {
        if (TestDatabase.OnPostgres)
        {
            // PostgreSQL keeps its own statistics (autovacuum); the site turns its JIT off, whose compiling of the
            // high-cost semi-joins of a large archive took 450 ms a statement.
            Assert.Equal("off", await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync()));
            return;
        }
        // The start-up's own refresh runs in the background and makes the table; then the index gets a sample's figures.
        await Eventually.HoldsAsync(() => factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync()).ContinueWith(t => t.Result == 1),
            "ANALYZE after start-up");
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM sqlite_stat1 WHERE idx = '{Index}'; INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('Articles', '{Index}', '2000000 1001 1')"));

        await factory.WithDbAsync(async db => { await db.GetEngine().AnalyzeAsync(db); return 0; });

        var articles = await factory.WithDbAsync(db => db.Articles.CountAsync());
        var figures = (await StatisticsAsync())!.Split(' ');
        Assert.Equal(articles.ToString(System.Globalization.CultureInfo.InvariantCulture), figures[0]);
        Assert.NotEqual("1001", figures[1]);
    }

    [Fact]
    public async Task Planner_StatisticsOfAnAnalyzedIndex_AreKeptByTheNextStart()
    {
        if (TestDatabase.OnPostgres)
        {
            // PostgreSQL's statistics are autovacuum's (counted apart, as autoanalyze): a start runs no ANALYZE of its own.
            var analyzed = () => factory.WithDbAsync(db => db.Database.SqlQueryRaw<long>(
                "SELECT analyze_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'Articles'").SingleAsync());
            var before = await analyzed();
            await factory.WithDbAsync(async db => { await db.GetEngine().AnalyzeAsync(db); return 0; });
            Assert.Equal(before, await analyzed());
            return;
        }
        await Eventually.HoldsAsync(() => factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync()).ContinueWith(t => t.Result == 1),
            "ANALYZE after start-up");
        // Figures no sample of this small table would give, with its true row count (so the table has not "changed a lot").
        var articles = await factory.WithDbAsync(db => db.Articles.IgnoreQueryFilters().CountAsync());
        var kept = $"{articles} 7";
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM sqlite_stat1 WHERE idx = {SlugIndex}; INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('Articles', {SlugIndex}, {kept})"));

        // What each start runs once it is listening (PlannerStatistics).
        await factory.WithDbAsync(async db => { await db.GetEngine().AnalyzeAsync(db); return 0; });

        Assert.Equal(kept, await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>($"SELECT stat AS Value FROM sqlite_stat1 WHERE idx = '{SlugIndex}'").FirstOrDefaultAsync()));
    }

    private const string SlugIndex = "IX_Articles_Slug";

    private Task<string?> StatisticsAsync() => factory.WithDbAsync(db => db.Database
        .SqlQueryRaw<string>($"SELECT stat AS Value FROM sqlite_stat1 WHERE idx = '{Index}'").FirstOrDefaultAsync());
}
