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

    /// <summary>One wrong value per settings group: start-up stops before serving, naming the key, the value and what is allowed.</summary>
    [Theory]
    [InlineData("Site__PageSize", "0", "Site:PageSize is 0; use a whole number from 1 to 100.")]
    [InlineData("Site__SitemapPageSize", "50001", "Site:SitemapPageSize is 50001; use a whole number from 1 to 50,000.")]
    [InlineData("Site__BaseUrl", "not a url", "Site:BaseUrl is \"not a url\"; use an absolute http:// or https:// address, such as https://www.example.com.")]
    [InlineData("Site__SocialLinks__X", "javascript:alert(1)", "Site:SocialLinks is \"X=javascript:alert(1)\"; use an absolute http:// or https:// address")]
    [InlineData("Site__ReaderCacheMegabytes", "-5", "Site:ReaderCacheMegabytes is -5; use a whole number from 1 to 16,384.")]
    [InlineData("Site__ShutdownTimeoutSeconds", "0", "Site:ShutdownTimeoutSeconds is 0; use a whole number from 1 to 300.")]
    [InlineData("Site__PageSize", "dua puluh", "Failed to convert configuration value 'dua puluh' at 'Site:PageSize' to type 'System.Int32'.")]
    [InlineData("Security__KnownProxies__0", "proxy.local", "Security:KnownProxies is \"proxy.local\"; use IP addresses such as 10.0.0.2 or ::1, one per entry.")]
    [InlineData("Security__Login__PermitsPerMinute", "0", "Security:Login:PermitsPerMinute is 0; use a whole number from 1 to 10,000.")]
    [InlineData("Security__SessionHours", "0", "Security:SessionHours is 0; use a whole number from 1 to 720.")]
    [InlineData("Security__WorkLimits__UploadsPerMinute", "0", "Security:WorkLimits:UploadsPerMinute is 0; use a whole number from 1 to 10,000.")]
    [InlineData("Admin__Email", "bukan-email", "Admin:Email is \"bukan-email\"; use an e-mail address such as redaksi@example.com.")]
    [InlineData("Redis__InstanceName", " ", "Redis:InstanceName is \" \"; give it a value.")]
    [InlineData("Metrics__BearerToken", "pendek", "Metrics:BearerToken is a secret of 6 characters (not shown); use at least 24 characters.")]
    [InlineData("Tracing__OtlpEndpoint", "collector:4317", "Tracing:OtlpEndpoint is \"collector:4317\"; use an absolute http:// or https:// address")]
    [InlineData("Logging__Format", "xml", "Logging:Format is \"xml\"; use text or json.")]
    public async Task WrongSetting_StopsWithTheKeyAndWhatIsAllowed(string key, string value, string message)
    {
        var (exitCode, output) = await StartAsync(new() { [key] = value });

        AssertStoppedWith(exitCode, output, message);
        if (key.EndsWith("Token")) Assert.DoesNotContain(value, output);
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
