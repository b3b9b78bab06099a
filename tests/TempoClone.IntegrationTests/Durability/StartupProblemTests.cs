using System.Diagnostics;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>
/// A setting the site cannot start with stops the real server process: exit code 1 and one log line that says
/// what to fix, no stack trace.
/// </summary>
public class StartupProblemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tempoclone-startup-").FullName;

    [Fact]
    public async Task UnknownProvider_StopsWithWhatToFix()
    {
        var (exitCode, output) = await StartAsync(new() { ["Database__Provider"] = "Oracle" });

        AssertStoppedWith(exitCode, output, "Database:Provider \"Oracle\" is not a known database provider; use Sqlite (the default) or Postgres.");
    }

    [Fact]
    public async Task UnreachablePostgres_StopsWithWhatToFix()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var (exitCode, output) = await StartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Database=tempo;Username=tempo;Password=rahasia",
        });

        AssertStoppedWith(exitCode, output, "The PostgreSQL database \"tempo\" on 127.0.0.1:1 cannot be reached (");
        Assert.Contains("start the server or fix ConnectionStrings__Default (host, port, database, user, password).", output);
        Assert.DoesNotContain("rahasia", output);
    }

    [Fact]
    public async Task PostgresWithSqlitesConnectionString_StopsWithWhatToFix()
    {
        var (exitCode, output) = await StartAsync(new() { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Default"] = "Data Source=data/tempo.db" });

        AssertStoppedWith(exitCode, output, "Database:Provider is Postgres but ConnectionStrings:Default is a SQLite connection string; set ConnectionStrings__Default to a PostgreSQL connection string");
    }

    [Fact]
    public async Task PostgresWithoutConnectionString_StopsWithWhatToFix()
    {
        var (exitCode, output) = await StartAsync(new() { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Default"] = "" });

        AssertStoppedWith(exitCode, output, "Database:Provider is Postgres but no connection string is given; set ConnectionStrings__Default to a PostgreSQL connection string");
    }

    [Fact]
    public async Task DatabaseFolderThatIsAFile_StopsWithWhatToFix()
    {
        var notAFolder = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "a file");

        var (exitCode, output) = await StartAsync(new() { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = $"Data Source={notAFolder}/tempo.db" });

        AssertStoppedWith(exitCode, output, $"The database \"{notAFolder}/tempo.db\" cannot be opened and written");
        Assert.Contains("set ConnectionStrings__Default to a SQLite file in a folder this user may write.", output);
    }

    [Fact]
    public async Task FileThatIsNotADatabase_StopsWithWhatToFix()
    {
        var file = Path.Combine(_folder, "tempo.db");
        await File.WriteAllTextAsync(file, "plain text, not a database".PadRight(4096, '.'));

        var (exitCode, output) = await StartAsync(new() { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = $"Data Source={file}" });

        AssertStoppedWith(exitCode, output, $"The database \"{file}\" cannot be opened and written (SQLite Error 26: 'file is not a database'.)");
    }

    [Fact]
    public async Task AdminEmailWithoutPassword_OnAnEmptyDatabase_StopsWithWhatToFix()
    {
        var (exitCode, output) = await StartAsync(new() { ["Admin__Password"] = "" });

        AssertStoppedWith(exitCode, output, "Admin:Email is pertama@tempoclone.test but Admin:Password is empty, and the database has no staff yet; " +
            "set Admin__Password (at least 10 characters) to create the first admin.");
    }

    [Fact]
    public async Task WeakAdminPassword_OnAnEmptyDatabase_StopsWithWhatToFix()
    {
        var (exitCode, output) = await StartAsync(new() { ["Admin__Password"] = "pendek" });

        AssertStoppedWith(exitCode, output, "The first admin pertama@tempoclone.test could not be created; choose another Admin__Password:");
    }

    private static void AssertStoppedWith(int exitCode, string output, string message)
    {
        Assert.True(exitCode == 1, $"exit code {exitCode}; output:\n{output}");
        var line = Assert.Single(output.Split('\n'), l => l.Contains("Start-up stopped: "));
        Assert.Contains(" FTL] ", line);
        Assert.Contains(message, line);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);
    }

    /// <summary>The built server, as `dotnet TempoClone.Web.dll`, on a fresh folder; these settings on top.</summary>
    private async Task<(int ExitCode, string Output)> StartAsync(Dictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            // A fresh database on the engine the tests run on (an empty PostgreSQL database, or a new SQLite file).
            ["Database__Provider"] = TestDatabase.ProviderName,
            ["ConnectionStrings__Default"] = TestDatabase.ConnectionString(Path.Combine(_folder, "fresh.db")),
            ["Site__SeedFolder"] = RepoPaths.SeedArticles,
            ["Site__ImportSeedOnStart"] = "false",
            ["Site__DataFolder"] = _folder,
            ["Site__MediaFolder"] = Path.Combine(_folder, "media"),
            ["Admin__Email"] = "pertama@tempoclone.test",
            ["Admin__Password"] = TempoAppFactory.StaffPassword,
        };
        foreach (var (key, value) in settings) environment[key] = value;

        using var process = Process.Start(ServerProcess.StartInfo(environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The server started instead of stopping: " + await stdout);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        TestDatabase.Drop(Path.Combine(_folder, "fresh.db"));
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
