using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;
using TempoClone.Web.Import;

namespace TempoClone.Web.Data;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/tempo.db";

    public static IServiceCollection AddTempoDatabase(this IServiceCollection services, string appRoot)
    {
        // Read when the first context is made, so configuration added by a test host is honoured.
        services.AddDbContext<TempoDbContext>((provider, options) => options
            .UseSqlite(SqliteConnectionString(
                provider.GetRequiredService<IConfiguration>().GetConnectionString("Default") ?? DefaultConnectionString, appRoot),
                sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        services.AddScoped<ArticleImporter>();
        services.AddScoped<SeedImporter>();
        return services;
    }

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

    /// <summary>Applies migrations, then imports the seed folder (when enabled). Runs before the first request is served.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, string appRoot)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets readers go on while an editor saves; the setting is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        await Accounts.StaffAccountsSetup.EnsureStaffAsync(scope.ServiceProvider);

        var site = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (site.ImportSeedOnStart)
            await scope.ServiceProvider.GetRequiredService<SeedImporter>()
                .ImportFolderAsync(AppFolders.Resolve(appRoot, site.SeedFolder));
    }
}
