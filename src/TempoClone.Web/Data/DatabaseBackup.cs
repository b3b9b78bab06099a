using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TempoClone.Web.Data;

/// <summary>
/// A consistent copy of the live database, safe while the site runs. SQLite: VACUUM INTO (copying the file itself
/// could catch it mid-write and miss what is still in the WAL). PostgreSQL: pg_dump in its custom format (one
/// snapshot), for pg_restore. `admin backup` puts it into the site's archive (Operations/SiteArchive), and
/// `admin restore` puts it back with <see cref="RestoreAsync"/>.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>The configured engine and its connection string, as the site uses them.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Configured(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = DatabaseSetup.Provider(configuration);
        return (provider, provider == DatabaseProvider.Postgres
            ? DatabaseSetup.PostgresConnectionString(configuration)
            : DatabaseSetup.ConnectionString(services));
    }

    public static async Task WriteAsync(DatabaseProvider provider, string connectionString, string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target)) throw new IOException($"{target} exists already; choose a new file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (provider == DatabaseProvider.Postgres) await DumpPostgresAsync(connectionString, target);
        else await VacuumIntoAsync(connectionString, target);
    }

    public static Task WriteAsync(string sqliteConnectionString, string targetPath) =>
        WriteAsync(DatabaseProvider.Sqlite, sqliteConnectionString, targetPath);

    private static async Task VacuumIntoAsync(string connectionString, string target)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        await command.ExecuteNonQueryAsync();
    }

    private static Task DumpPostgresAsync(string connectionString, string target) =>
        RunPostgresToolAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--file", target], onFailure: () => File.Delete(target));

    /// <summary>pg_dump or pg_restore with the connection's server, user and database; the password goes through the environment, never the command line.</summary>
    private static async Task RunPostgresToolAsync(string tool, string connectionString, string[] arguments, Action? onFailure = null)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool,
            [.. arguments, "--host", server.Host ?? "localhost", "--port", server.Port.ToString(),
             "--dbname", server.Database ?? "", .. server.Username is { } user ? new[] { "--username", user } : []])
        {
            RedirectStandardError = true,
        };
        if (server.Password is { } password) start.Environment["PGPASSWORD"] = password;
        try
        {
            using var process = Process.Start(start)!;
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                onFailure?.Invoke();
                throw new IOException($"{tool} answered {process.ExitCode}: {errors.Trim().ReplaceLineEndings(" ")}");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new IOException($"{tool} was not found; install the PostgreSQL client (Debian: postgresql-client) of the server's version or newer.");
        }
    }

    /// <summary>
    /// Replaces the configured database's content with a copy written by <see cref="WriteAsync(DatabaseProvider, string, string)"/>.
    /// SQLite: the online backup API copies the file's pages into the live file (its WAL included), no file is swapped
    /// under an open connection. PostgreSQL: pg_restore --clean.
    /// </summary>
    public static async Task RestoreAsync(DatabaseProvider provider, string connectionString, string copyPath)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await RunPostgresToolAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--single-transaction", copyPath]);
            return;
        }
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copyPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var target = new SqliteConnection(connectionString);
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
        SqliteConnection.ClearAllPools();
    }
}
