using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TempoClone.Web.Data;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// The database engine the integration tests run on: SQLite files by default; with TEMPO_TEST_DATABASE=postgres, a
/// fresh PostgreSQL database per app on the server TEMPO_TEST_POSTGRES names (tests/test.sh starts one on loopback),
/// copied from a template migrated once per test run. A test names its database by a file path either way; on
/// PostgreSQL the path is turned into a database name, so two apps given the same path share one database.
/// </summary>
public static class TestDatabase
{
    public static readonly bool OnPostgres = string.Equals(Environment.GetEnvironmentVariable("TEMPO_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string ProviderName => OnPostgres ? "Postgres" : "Sqlite";

    private static string Server => Environment.GetEnvironmentVariable("TEMPO_TEST_POSTGRES") is { Length: > 0 } server
        ? server : "Host=127.0.0.1;Port=5432;Username=postgres";

    private static readonly string RunId = $"{Environment.ProcessId}_{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
    private static readonly Lazy<string> Template = new(CreateTemplate);
    private static readonly ConcurrentDictionary<string, bool> Created = new();

    static TestDatabase()
    {
        if (OnPostgres) AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAll();
    }

    /// <summary>The connection string of the database this path names, created (empty, migrated) when it is not there yet.</summary>
    public static string ConnectionString(string databasePath) => ConnectionString(databasePath, migrated: true);

    /// <summary>A database nothing has touched, as on a first start: no tables (PostgreSQL: created empty; SQLite: no file yet).</summary>
    public static string EmptyConnectionString(string databasePath) => ConnectionString(databasePath, migrated: false);

    private static string ConnectionString(string databasePath, bool migrated)
    {
        if (!OnPostgres) return $"Data Source={databasePath}";
        var name = NameFor(databasePath);
        Created.GetOrAdd(name, n =>
        {
            Execute(migrated ? $"CREATE DATABASE \"{n}\" TEMPLATE \"{Template.Value}\"" : $"CREATE DATABASE \"{n}\"");
            return true;
        });
        return PostgresConnectionString(name);
    }

    public static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    /// <summary>A PostgreSQL database name from a path: tempo_test_, the run, and a hash of the path.</summary>
    public static string NameFor(string databasePath) =>
        $"tempo_test_{RunId}_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(databasePath)))[..12]}";

    public static DbConnection Open(string databasePath)
    {
        DbConnection connection = OnPostgres
            ? new NpgsqlConnection(ConnectionString(databasePath))
            : new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>The tables of the app's schema, by name.</summary>
    public static List<string> Tables(DbConnection connection)
    {
        using var list = connection.CreateCommand();
        list.CommandText = OnPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = list.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>Removes the database this path names (PostgreSQL: dropped, its connections ended; SQLite: left to the folder's removal).</summary>
    public static void Drop(string databasePath)
    {
        if (!OnPostgres) return;
        var name = NameFor(databasePath);
        if (!Created.TryRemove(name, out _)) return;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string CreateTemplate()
    {
        var name = $"tempo_template_{RunId}";
        Execute($"CREATE DATABASE \"{name}\"");
        var options = new DbContextOptionsBuilder<TempoDbContext>().UseNpgsql(PostgresConnectionString(name)).Options;
        using (var db = new PostgresTempoDbContext(options)) db.Database.Migrate();
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void DropAll()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            foreach (var name in Created.Keys) Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            if (Template.IsValueCreated) Execute($"DROP DATABASE IF EXISTS \"{Template.Value}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The throwaway server of tests/test.sh may be gone already; it takes its databases with it.
        }
    }
}
