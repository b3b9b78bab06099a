using System.Net;
using Microsoft.Data.Sqlite;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>Liveness says the process answers; readiness says the database does too.</summary>
public class HealthTests
{
    [Fact]
    public async Task Ready_WhenTheDatabaseAnswers()
    {
        using var factory = new TempoAppFactory();
        var client = factory.CreateReaderClient();

        using var live = await client.GetAsync(UrlMap.Health);
        using var ready = await client.GetAsync(UrlMap.HealthReady);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task NotReady_WhenTheDatabaseIsGone_ButStillAlive()
    {
        using var factory = new TempoAppFactory();
        var client = factory.CreateReaderClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(UrlMap.HealthReady)).StatusCode);

        // SQLite: the file is replaced by something that is not a database, as a broken disk or a bad restore would
        // leave it. PostgreSQL: the database is dropped under the running app.
        if (TestDatabase.OnPostgres) TestDatabase.Drop(factory.DatabasePath);
        else
        {
            // ANALYZE runs in the background once the app has started (PlannerStatistics): not while the file is replaced.
            await Eventually.HoldsAsync(() => Task.FromResult(HasPlannerStatistics(factory.DatabasePath)), "ANALYZE after start-up");
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(factory.DatabasePath + suffix);
            await File.WriteAllTextAsync(factory.DatabasePath, "dit is geen database, dit is tekst die lang genoeg is voor een kop".PadRight(4096, '.'));
        }

        using var ready = await client.GetAsync(UrlMap.HealthReady);
        using var live = await client.GetAsync(UrlMap.Health);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy\nThe database does not answer."), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static bool HasPlannerStatistics(string databasePath)
    {
        using var connection = TestDatabase.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        return Convert.ToInt64(command.ExecuteScalar()) == 1;
    }
}
