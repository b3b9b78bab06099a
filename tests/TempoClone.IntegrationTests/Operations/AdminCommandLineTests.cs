using System.Net;
using Microsoft.Data.Sqlite;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Operations;

/// <summary>`dotnet TempoClone.Web.dll admin …` through the real binary, on the database and media of a real server process.</summary>
public class AdminCommandLineTests : IDisposable
{
    private const string NewPassword = "teh manis hangat sore hari";
    private readonly string _folder = Directory.CreateTempSubdirectory("tempoclone-admin-").FullName;

    /// <summary>Plain HTTP to the process: its cookies may not be Secure. No seed unless a test asks for it.</summary>
    private static readonly Dictionary<string, string> OverHttp = new() { ["Security__SecureCookies"] = "false", ["Site__ImportSeedOnStart"] = "false" };

    [Fact]
    public async Task CreateAdmin_OnADatabaseWithStaff_SignsInThroughTheLoginForm()
    {
        using var server = await ReadyServerAsync(OverHttp);

        var created = await ServerProcess.AdminAsync(server.Environment, NewPassword + "\n", "create-admin", "--email", "kedua@tempoclone.test");

        Assert.True(created.ExitCode == 0, created.Output + created.Errors);
        Assert.Contains("Admin kedua@tempoclone.test created", created.Output);
        Assert.DoesNotContain(NewPassword, created.Output);
        using var client = StaffClient(server);
        using var login = await client.SubmitLoginAsync("kedua@tempoclone.test", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor/staff")).StatusCode); // an admin's page

        var listed = await ServerProcess.AdminAsync(server.Environment, "", "list-staff");
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith("kedua@tempoclone.test") && line.Contains("Admin") && line.Contains("active"));

        var again = await ServerProcess.AdminAsync(server.Environment, NewPassword + "\n", "create-admin", "--email", "kedua@tempoclone.test");
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("admin create-admin failed: kedua@tempoclone.test already has an account; use `admin reset-password --email kedua@tempoclone.test` for a new password.",
            again.Errors.Trim());
    }

    [Fact]
    public async Task ResetPassword_TheOldPasswordNoLongerSignsIn_TheNewOneDoes()
    {
        using var server = await ReadyServerAsync(OverHttp);

        var reset = await ServerProcess.AdminAsync(server.Environment, NewPassword + "\n", "reset-password", "--email", "pertama@tempoclone.test");

        Assert.True(reset.ExitCode == 0, reset.Output + reset.Errors);
        using var oldPassword = await StaffClient(server).SubmitLoginAsync("pertama@tempoclone.test", TempoAppFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode); // the form again, with its message
        using var newPassword = await StaffClient(server).SubmitLoginAsync("pertama@tempoclone.test", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task WeakOrMissingPassword_ExitsWithOneLine_AndChangesNothing()
    {
        using var server = await ReadyServerAsync(OverHttp);

        var weak = await ServerProcess.AdminAsync(server.Environment, "pendek\n", "create-admin", "--email", "ketiga@tempoclone.test");
        var none = await ServerProcess.AdminAsync(server.Environment, "", "reset-password", "--email", "pertama@tempoclone.test");
        var unknown = await ServerProcess.AdminAsync(server.Environment, "", "bongkar");

        Assert.Equal(1, weak.ExitCode);
        Assert.StartsWith("admin create-admin failed: ketiga@tempoclone.test was not created: ", weak.Errors);
        Assert.Single(weak.Errors.Trim().Split('\n'));
        Assert.Equal((1, "admin reset-password failed: No password was given on stdin."), (none.ExitCode, none.Errors.Trim()));
        Assert.Equal(2, unknown.ExitCode);
        Assert.DoesNotContain("   at ", weak.Output + weak.Errors + none.Output + none.Errors + unknown.Errors);
    }

    [Fact]
    public async Task BackupWipeRestore_ServesTheSameArticlesAndPhotos()
    {
        var site = Path.Combine(_folder, "site");
        var archive = Path.Combine(_folder, "cadangan", "tempo.tar.gz");
        var settings = new Dictionary<string, string>(OverHttp)
        {
            ["Site__ImportSeedOnStart"] = "true", // the kanal the new story goes into
            ["ConnectionStrings__Default"] = $"Data Source={site}/tempo.db",
            ["Site__DataFolder"] = site,
            ["Site__MediaFolder"] = Path.Combine(site, "media"),
        };
        var title = "Cadangan dan pemulihan " + Guid.NewGuid().ToString("N")[..8];
        string articleUrl, photoUrl;
        byte[] photo;
        Dictionary<string, string> environment;
        using (var server = new ServerProcess(settings))
        {
            await server.WaitReadyAsync();
            environment = server.Environment;
            var staff = StaffClient(server);
            (await staff.SubmitLoginAsync("pertama@tempoclone.test", TempoAppFactory.StaffPassword)).Dispose();
            var fields = EditorActions.ArticleFields(title);
            fields["Input.PhotoAlt"] = "Foto " + title;
            await staff.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(640, 400)));
            (articleUrl, photoUrl) = await ArticleAndPhotoAsync(server.CreateClient(), title);
            photo = await server.CreateClient().GetByteArrayAsync(photoUrl);

            var backup = await ServerProcess.AdminAsync(environment, "", "backup", archive);

            Assert.True(backup.ExitCode == 0, backup.Output + backup.Errors);
            Assert.Contains("Copying the Sqlite database…", backup.Output);
            Assert.Contains($"Backup written to {archive}", backup.Output);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(site, recursive: true);

        var restore = await ServerProcess.AdminAsync(environment, "", "restore", archive);

        Assert.True(restore.ExitCode == 0, restore.Output + restore.Errors);
        using var restored = await ReadyServerAsync(settings);
        var reader = restored.CreateClient();
        var page = await HtmlDocuments.ParseAsync(await reader.GetAsync(articleUrl));
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(photo, await reader.GetByteArrayAsync(photoUrl));

        var overwrite = await ServerProcess.AdminAsync(environment, "", "restore", archive);
        Assert.Equal(1, overwrite.ExitCode);
        Assert.Contains("The database already holds articles or staff; stop the site and add --replace", overwrite.Errors);
    }

    [Fact]
    public async Task RebuildSearch_RefillsAnEmptiedIndex_AndCheckSaysWhatIsWrong()
    {
        using var server = await ReadyServerAsync(new(OverHttp) { ["Site__ImportSeedOnStart"] = "true", ["Site__ReaderCacheSeconds"] = "0", ["Site__SearchResultSeconds"] = "0" });
        var reader = server.CreateClient();
        const string Search = "/search?q=amunisi";
        Assert.Contains(SeedArticle.Title, await reader.GetStringAsync(Search));
        using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var empty = connection.CreateCommand();
            empty.CommandText = "INSERT INTO ArticleSearch(ArticleSearch) VALUES ('delete-all')";
            empty.ExecuteNonQuery();
        }
        Assert.DoesNotContain(SeedArticle.Title, await reader.GetStringAsync(Search));

        var rebuilt = await ServerProcess.AdminAsync(server.Environment, "", "rebuild-search");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output + rebuilt.Errors);
        Assert.Contains("Search index rebuilt in ", rebuilt.Output);
        Assert.Contains(SeedArticle.Title, await reader.GetStringAsync(Search));

        var healthy = await ServerProcess.AdminAsync(server.Environment, "", "check");
        Assert.True(healthy.ExitCode == 0, healthy.Output + healthy.Errors);
        Assert.Contains("ok    database: integrity check passed", healthy.Output);
        Assert.Contains("ok    migrations: none pending", healthy.Output);

        var notAFolder = Path.Combine(_folder, "berkas");
        await File.WriteAllTextAsync(notAFolder, "bukan folder");
        var broken = await ServerProcess.AdminAsync(new(server.Environment) { ["Site__MediaFolder"] = Path.Combine(notAFolder, "media") }, "", "check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"FAIL  media folder: {notAFolder}/media is not writable", broken.Output);
        Assert.Equal("admin check failed: 1 check(s) failed.", broken.Errors.Trim());
    }

    [Fact]
    public async Task Import_AFolder_WritesAReport_AndARerunChangesNothing()
    {
        var archive = Directory.CreateDirectory(Path.Combine(_folder, "arsip")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "fixtures", "tempo-pages", "era2023-wire.txt"), Path.Combine(archive, "satu.txt"));
        var site = OnAFreshFolder();
        var report = Path.Combine(_folder, "laporan.jsonl");

        var first = await ServerProcess.AdminAsync(site, "", "import", archive, "--report", report);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\"result\":\"imported\"", await File.ReadAllTextAsync(report));

        var again = await ServerProcess.AdminAsync(site, "", "import", archive, "--report", report);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("\"result\":\"unchanged\"", await File.ReadAllTextAsync(report));

        var missing = await ServerProcess.AdminAsync(site, "", "import", Path.Combine(_folder, "tidak-ada"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Errors);
    }

    [Fact]
    public async Task OldBackupFlag_WritesTheArchive_AsAdminBackupDoes()
    {
        var archive = Path.Combine(_folder, "lama.tar.gz");

        var result = await ServerProcess.RunToEndAsync(OnAFreshFolder(), "", "--backup", archive);

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Contains($"Backup written to {archive}", result.Output);
        await using var tar = new System.Formats.Tar.TarReader(new System.IO.Compression.GZipStream(File.OpenRead(archive), System.IO.Compression.CompressionMode.Decompress));
        Assert.Equal("database.sqlite", (await tar.GetNextEntryAsync())?.Name);
    }

    private Dictionary<string, string> OnAFreshFolder() => new(OverHttp)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Default"] = $"Data Source={_folder}/tempo.db",
        ["Site__DataFolder"] = _folder,
        ["Site__MediaFolder"] = Path.Combine(_folder, "media"),
    };

    private static async Task<ServerProcess> ReadyServerAsync(Dictionary<string, string> settings)
    {
        var server = new ServerProcess(settings);
        try
        {
            await server.WaitReadyAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private static HttpClient StaffClient(ServerProcess server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The article's public address (from its kanal page) and its lead photo's.</summary>
    private static async Task<(string Article, string Photo)> ArticleAndPhotoAsync(HttpClient reader, string title)
    {
        var kanal = await HtmlDocuments.ParseAsync(await reader.GetAsync("/internasional"));
        var link = kanal.QuerySelectorAll("a").First(a => a.TextContent.Contains(title)).GetAttribute("href")!;
        var article = await HtmlDocuments.ParseAsync(await reader.GetAsync(link));
        var photo = article.QuerySelectorAll("img").Select(img => img.GetAttribute("src")).First(src => src?.StartsWith("/media/") == true)!;
        return (new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link, photo);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
