using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/tempo.db";

    public static IServiceCollection AddTempoDatabase(this IServiceCollection services)
    {
        // Read when the first context is made, so configuration added by a test host is honoured.
        services.AddDbContext<TempoDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        return services;
    }

    public static string ConnectionString(IServiceProvider services) => SqliteConnectionString(
        services.GetRequiredService<IConfiguration>().GetConnectionString("Default") ?? DefaultConnectionString,
        services.GetRequiredService<AppFolders.Root>().Path);

    /// <summary>A relative database file is placed under the app root (data/ there is git-ignored), and its folder created.</summary>
    public static string SqliteConnectionString(string connectionString, string appRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = AppFolders.Resolve(appRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        // synchronous=FULL is this SQLite build's default (tested); foreign keys and a busy wait are set here, once,
        // instead of PRAGMAs on every connection open: Microsoft.Data.Sqlite retries a busy database until the timeout.
        builder.ForeignKeys = true;
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }

    /// <summary>Applies migrations before the first request is served.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets readers go on while an editor saves; the setting is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
