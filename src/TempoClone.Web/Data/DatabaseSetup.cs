using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/tempo.db";

    public const string ProviderSetting = "Database:Provider";
    public const string Sqlite = "Sqlite";

    public static IServiceCollection AddTempoDatabase(this IServiceCollection services)
    {
        // Read when the first context is made, so configuration added by a test host is honoured.
        services.AddDbContext<TempoDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [HostingSetup.ReadinessTag]);
        return services;
    }

    public static string ConnectionString(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        CheckProvider(configuration[ProviderSetting]);
        return SqliteConnectionString(configuration.GetConnectionString("Default") ?? DefaultConnectionString,
            services.GetRequiredService<AppFolders.Root>().Path);
    }

    /// <summary>SQLite is this build's one provider; the setting exists so a PostgreSQL build can be chosen the same way.</summary>
    private static void CheckProvider(string? provider)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase)) return;
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            throw new StartupProblem($"{ProviderSetting} \"{provider}\" is not yet available in this build; use {Sqlite} (the default).");
        throw new StartupProblem($"{ProviderSetting} \"{provider}\" is not a known database provider; use {Sqlite} (the default).");
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

    /// <summary>Applies migrations before the first request is served.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await CheckDatabaseFileAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets readers go on while an editor saves; the setting is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Opens the database and tries a write (rolled back) before EF touches it, so a path that cannot be created,
    /// read or written, or a file that is not a SQLite database, stops start-up with what to fix.
    /// </summary>
    private static async Task CheckDatabaseFileAsync(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString("Default") ?? DefaultConnectionString;
        var file = new SqliteConnectionStringBuilder(configured).DataSource;
        try
        {
            await using var connection = new SqliteConnection(ConnectionString(services));
            await connection.OpenAsync();
            await using var probe = connection.CreateCommand();
            probe.CommandText = "PRAGMA schema_version; BEGIN IMMEDIATE; CREATE TABLE \"__WriteProbe\" (x); ROLLBACK;";
            await probe.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupProblem($"The database \"{file}\" cannot be opened and written ({ex.Message}); " +
                "set ConnectionStrings__Default to a SQLite file in a folder this user may write.");
        }
    }
}
