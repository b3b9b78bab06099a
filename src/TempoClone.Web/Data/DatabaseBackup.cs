using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data;

/// <summary>
/// A consistent copy of the live database, safe while the site runs. SQLite: VACUUM INTO (copying the file itself
/// could catch it mid-write and miss what is still in the WAL). PostgreSQL: pg_dump in its custom format (one
/// snapshot), for pg_restore. Run as `dotnet TempoClone.Web.dll --backup /path/to/copy`.
/// </summary>
public static class DatabaseBackup
{
    public const string Argument = "--backup";

    /// <summary>The copy's path when the command line asks for a backup (`--backup path`), else null.</summary>
    public static string? PathFrom(string[] args) => args.SkipWhile(a => a != Argument).Skip(1).FirstOrDefault();

    /// <summary>Writes the copy of the configured database and logs where.</summary>
    public static async Task BackUpDatabaseAsync(this WebApplication app, string targetPath)
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var provider = DatabaseSetup.Provider(configuration);
        var connectionString = provider == DatabaseProvider.Postgres
            ? DatabaseSetup.PostgresConnectionString(configuration)
            : DatabaseSetup.ConnectionString(app.Services);
        try
        {
            await WriteAsync(provider, connectionString, targetPath);
        }
        catch (IOException ex)
        {
            throw new StartupProblem($"The backup was not written: {ex.Message}");
        }
        app.Logger.LogInformation("Backup written to {BackupPath}", Path.GetFullPath(targetPath));
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

    /// <summary>pg_dump with the connection's server, user and database; the password goes through the environment, never the command line.</summary>
    private static async Task DumpPostgresAsync(string connectionString, string target)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump",
            ["--format=custom", "--no-owner", "--file", target, "--host", server.Host ?? "localhost", "--port", server.Port.ToString(),
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
                File.Delete(target);
                throw new IOException($"pg_dump answered {process.ExitCode}: {errors.Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new IOException("pg_dump was not found; install the PostgreSQL client (Debian: postgresql-client) of the server's version or newer.");
        }
    }
}
