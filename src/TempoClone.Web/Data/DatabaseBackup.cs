using Microsoft.Data.Sqlite;

namespace TempoClone.Web.Data;

/// <summary>
/// A consistent copy of the live SQLite database (VACUUM INTO), safe while the site runs; copying the
/// file itself could catch it mid-write and miss what is still in the WAL.
/// Run as `dotnet TempoClone.Web.dll --backup /path/to/copy.db`.
/// </summary>
public static class DatabaseBackup
{
    public const string Argument = "--backup";

    /// <summary>The copy's path when the command line asks for a backup (`--backup path`), else null.</summary>
    public static string? PathFrom(string[] args) => args.SkipWhile(a => a != Argument).Skip(1).FirstOrDefault();

    /// <summary>Writes the copy of the configured database and logs where.</summary>
    public static async Task BackUpDatabaseAsync(this WebApplication app, string targetPath)
    {
        await WriteAsync(DatabaseSetup.ConnectionString(app.Services), targetPath);
        app.Logger.LogInformation("Backup written to {BackupPath}", Path.GetFullPath(targetPath));
    }

    public static async Task WriteAsync(string connectionString, string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target)) throw new IOException($"{target} exists already; choose a new file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        await command.ExecuteNonQueryAsync();
    }
}
