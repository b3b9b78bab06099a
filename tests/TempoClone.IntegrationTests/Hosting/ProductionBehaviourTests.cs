using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;

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
        var target = Path.Combine(factory.Folder, "cadangan", "tempo-backup.db");

        await DatabaseBackup.WriteAsync($"Data Source={factory.DatabasePath}", target);

        await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly");
        await copy.OpenAsync();
        await using var command = copy.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles WHERE Title = 'Artikel Sebelum Cadangan'";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        await Assert.ThrowsAsync<IOException>(() => DatabaseBackup.WriteAsync($"Data Source={factory.DatabasePath}", target));
    }

    [Fact]
    public async Task Sqlite_RunsInWalWithFullSync()
    {
        var pragmas = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode; PRAGMA synchronous; PRAGMA foreign_keys;";
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            do { while (await reader.ReadAsync()) values.Add(reader.GetValue(0).ToString()!); } while (await reader.NextResultAsync());
            values.Add(((Microsoft.Data.Sqlite.SqliteConnection)connection).DefaultTimeout.ToString());
            return values;
        });

        // WAL, synchronous=FULL, foreign keys on, and a 30 s wait on a busy database.
        Assert.Equal(["wal", "2", "1", "30"], pragmas);
    }
}
