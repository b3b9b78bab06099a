using Microsoft.EntityFrameworkCore;
using Serilog.Events;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>A first start on an empty database migrates and seeds it, and its log holds no error that is not one.</summary>
public class FirstStartTests
{
    [Fact]
    public async Task FirstStart_OnAnEmptyDatabase_LogsNoErrors()
    {
        var folder = Directory.CreateTempSubdirectory("tempoclone-first-").FullName;
        var database = Path.Combine(folder, "tempo.db");
        try
        {
            using var app = new TempoAppFactory { Settings = { ["ConnectionStrings:Default"] = TestDatabase.EmptyConnectionString(database) } };
            _ = app.Services;

            Assert.True(await app.WithDbAsync(db => db.Articles.AnyAsync()), "the seed was imported");
            Assert.Empty(app.Logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage()));
        }
        finally
        {
            TestDatabase.Drop(database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
