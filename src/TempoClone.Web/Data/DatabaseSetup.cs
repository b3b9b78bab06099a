using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data;

/// <summary>The database engine the site runs on: SQLite (one machine, the default) or PostgreSQL (several instances).</summary>
public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/tempo.db";

    public const string ProviderSetting = "Database:Provider";

    private static readonly DatabaseTimer SqliteTimer = new("sqlite"), PostgresTimer = new("postgresql");

    public static IServiceCollection AddTempoDatabase(this IServiceCollection services)
    {
        // Read when the first context is made, so configuration added by a test host is honoured; built once (a
        // singleton), as building options per request was a measurable part of an uncached page.
        services.AddDbContext<TempoDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            // What other parts keep up to date on every save (the search's word roots) they register as interceptors.
            options.AddInterceptors(provider.GetServices<IInterceptor>());
            if (Provider(configuration) == DatabaseProvider.Postgres) UsePostgres(options.AddInterceptors(PostgresTimer), PostgresConnectionString(configuration));
            else options.AddInterceptors(SqliteTimer).UseSqlite(ConnectionString(provider), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }, optionsLifetime: ServiceLifetime.Singleton);
        // Each engine has its own migrations, found by the context type: on PostgreSQL the context is the derived
        // PostgresTempoDbContext (same model), so everything that asks for a TempoDbContext gets the right set.
        services.Replace(ServiceDescriptor.Scoped<TempoDbContext>(provider =>
            Provider(provider.GetRequiredService<IConfiguration>()) == DatabaseProvider.Postgres
                ? new PostgresTempoDbContext(provider.GetRequiredService<DbContextOptions<TempoDbContext>>())
                : new TempoDbContext(provider.GetRequiredService<DbContextOptions<TempoDbContext>>())));
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [HostingSetup.ReadinessTag]);
        return services;
    }

    private static void UsePostgres(DbContextOptionsBuilder options, string? connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>The configured engine; a name that is neither stops start-up.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var name = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return DatabaseProvider.Sqlite;
        if (name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            return DatabaseProvider.Postgres;
        throw new StartupProblem($"{ProviderSetting} \"{name}\" is not a known database provider; use Sqlite (the default) or Postgres.");
    }

    /// <summary>The SQLite connection string, its file resolved against the app root.</summary>
    public static string ConnectionString(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        return SqliteConnectionString(configuration.GetConnectionString("Default") ?? DefaultConnectionString,
            services.GetRequiredService<AppFolders.Root>().Path);
    }

    /// <summary>PostgreSQL has no useful default: the connection string must name the server and database.</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Default");
        const string Fix = "set ConnectionStrings__Default to a PostgreSQL connection string, e.g. \"Host=db;Database=tempo;Username=tempo;Password=…\".";
        if (string.IsNullOrWhiteSpace(configured)) throw new StartupProblem($"{ProviderSetting} is Postgres but no connection string is given; {Fix}");
        // CASE: appsettings.json carries SQLite's default, which would otherwise be read as a host named "data/tempo.db".
        if (configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) && !configured.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            throw new StartupProblem($"{ProviderSetting} is Postgres but ConnectionStrings:Default is a SQLite connection string; {Fix}");
        try
        {
            return new NpgsqlConnectionStringBuilder(configured).ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new StartupProblem($"ConnectionStrings:Default is not a PostgreSQL connection string ({ex.Message}); {Fix}");
        }
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

    /// <summary>
    /// Applies migrations before the first request is served. An up-to-date database is only compared with the
    /// migrations' list: EF's full migrate (its lock, its model comparison) cost a third of a second on every start.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await app.CheckDatabaseAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        // CASE: on a new PostgreSQL database Npgsql finds out whether the history table exists by querying it, and EF
        // logs that failed query as an error (twice: our check, then its migrate). Made first (EF's own DDL, IF NOT
        // EXISTS), the first start's log has no error that is not one.
        if (!db.Database.IsSqlite()) await CreateHistoryTableAsync(db);
        if ((await db.Database.GetPendingMigrationsAsync()).Any()) await db.Database.MigrateAsync();
        // WAL lets readers go on while an editor saves; the setting is stored in the database file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>The database can be reached and written (a PostgreSQL database that is missing is created, empty), or a <see cref="StartupProblem"/>.</summary>
    public static async Task CheckDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        if (Provider(configuration) == DatabaseProvider.Postgres) await CheckPostgresAsync(configuration);
        else await CheckDatabaseFileAsync(app.Services);
    }

    private static async Task CreateHistoryTableAsync(TempoDbContext db)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another instance starting at the same moment made it (IF NOT EXISTS is not atomic in PostgreSQL).
        }
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

    /// <summary>Connects once before EF does, so an unreachable server, a wrong password or a missing database stops start-up with what to fix.</summary>
    private static async Task CheckPostgresAsync(IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString(configuration)) { Timeout = 10, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await CreatePostgresDatabaseAsync(builder);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            throw new StartupProblem($"The PostgreSQL database \"{builder.Database}\" on {builder.Host}:{builder.Port} cannot be reached " +
                $"({ex.Message.ReplaceLineEndings(" ")}); start the server or fix ConnectionStrings__Default (host, port, database, user, password).");
        }
    }

    /// <summary>
    /// The server answers but the database is not there yet: made here, empty (migrating fills it), so a first start
    /// needs no manual step when the user may create databases. EF could too, but logs the missing database as an error first.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(NpgsqlConnectionStringBuilder target)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"";
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance made it a moment ago.
        }
        catch (NpgsqlException ex)
        {
            throw new StartupProblem($"The PostgreSQL database \"{target.Database}\" does not exist on {target.Host}:{target.Port} and could not be " +
                $"created ({ex.Message.ReplaceLineEndings(" ")}); create it (createdb -O {target.Username} {target.Database}) or fix ConnectionStrings__Default.");
        }
    }
}
