using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data.Engines;

namespace TempoClone.IntegrationTests.Hosting;

public class ProductionBehaviourTests(ProductionBehaviourTests.FailingApp factory) : IClassFixture<ProductionBehaviourTests.FailingApp>
{
    /// <summary>The real app plus, at the very end of its pipeline, a path that throws.</summary>
    public sealed class FailingApp : TempoAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
        }

        private sealed class ThrowingEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/uji/gagal/sekali", branch => branch.Run(_ => throw new InvalidOperationException("rahasia: /srv/data/tempo.db SELECT * FROM Users")));
            };
        }
    }

    [Fact]
    public async Task UnhandledException_ShowsIndonesianPageWithoutDetails()
    {
        using var response = await factory.CreateReaderClient().GetAsync("/uji/gagal/sekali");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi kesalahan", html);
        Assert.DoesNotContain("rahasia", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("SELECT", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task UnknownHost_IsRefused()
    {
        var client = factory.CreateReaderClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Backup_WhileRunning_IsAConsistentCopy()
    {
        await factory.AddArticleAsync("Artikel Sebelum Cadangan", TempoClone.Web.Domain.ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime);
        var target = Path.Combine(factory.Folder, "cadangan", "tempo-backup");
        var engine = factory.Services.GetRequiredService<DatabaseEngine>();

        await engine.BackupAsync(target);

        Assert.Contains("Artikel Sebelum Cadangan", TestDatabase.OnPostgres ? await RestoredScriptAsync(target) : await SqliteTitlesAsync(target));
        await Assert.ThrowsAsync<IOException>(() => engine.BackupAsync(target));
    }

    private static async Task<string> SqliteTitlesAsync(string copy)
    {
        await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(Title, '|') FROM Articles";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>What pg_restore would replay from the dump, as SQL (the rows are in its COPY blocks).</summary>
    private static async Task<string> RestoredScriptAsync(string dump)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pg_restore", ["--data-only", "--file=-", dump])
        {
            RedirectStandardOutput = true,
        })!;
        var script = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return script;
    }

    [Fact]
    public async Task Database_CommitsDurably()
    {
        var settings = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = TestDatabase.OnPostgres
                ? "SHOW synchronous_commit; SHOW default_transaction_isolation;"
                : "PRAGMA journal_mode; PRAGMA synchronous; PRAGMA foreign_keys;";
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            do { while (await reader.ReadAsync()) values.Add(reader.GetValue(0).ToString()!); } while (await reader.NextResultAsync());
            if (connection is SqliteConnection sqlite) values.Add(sqlite.DefaultTimeout.ToString());
            return values;
        });

        // SQLite: WAL, synchronous=FULL, foreign keys on, and a 30 s wait on a busy database.
        // PostgreSQL: a commit waits for its WAL flush; read committed, which the find-or-create upserts rely on.
        Assert.Equal(TestDatabase.OnPostgres ? ["on", "read committed"] : ["wal", "2", "1", "30"], settings);
    }
}
