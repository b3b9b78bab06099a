using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Import;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// The real app in Production mode on its own database (a SQLite file in a temp folder, or a fresh PostgreSQL
/// database: see <see cref="TestDatabase"/>), seeded from a seed folder,
/// with a fake clock so relative times ("2 jam lalu") are exact.
/// </summary>
public class TempoAppFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);

    public const string AdminEmail = "admin@tempoclone.test";
    public const string StaffPassword = "kopi tubruk di pagi hari";

    public FakeTimeProvider Clock { get; } = new(StartTime);

    /// <summary>High by default so tests that log in often are not throttled; the rate-limit test lowers it.</summary>
    public int LoginPermitsPerMinute { get; init; } = 10_000;

    public bool InsecureCookiesForPlainHttp { get; init; }

    /// <summary>The public address the site is configured with; absolute URLs must use it, whatever Host a request has.</summary>
    public const string BaseUrl = "https://berita.example";

    /// <summary>Further configuration for one test class.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];
    /// <summary>Further services for one test class (e.g. an EF interceptor), added after the app's own.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }
    public LogCollector Logs { get; } = new();
    public string Folder { get; } = Directory.CreateTempSubdirectory("tempoclone-test-").FullName;
    /// <summary>The SQLite file; on PostgreSQL, the key its database is named by (<see cref="TestDatabase.NameFor"/>).</summary>
    public string DatabasePath { get; }
    private readonly bool _ownsDatabase;
    public string SeedFolder { get; }

    public TempoAppFactory() : this(RepoPaths.SeedArticles, databasePath: null) { }

    // Not public: xunit wants a single public constructor on a class fixture.
    internal TempoAppFactory(string seedFolder, string? databasePath)
    {
        SeedFolder = seedFolder;
        DatabasePath = databasePath ?? Path.Combine(Folder, "tempo.db");
        _ownsDatabase = databasePath is null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", TestDatabase.ProviderName);
        builder.UseSetting("ConnectionStrings:Default", TestDatabase.ConnectionString(DatabasePath));
        builder.UseSetting("Site:SeedFolder", SeedFolder);
        builder.UseSetting("Site:DataFolder", Folder);
        builder.UseSetting("Site:MediaFolder", Path.Combine(Folder, "media"));
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", StaffPassword);
        builder.UseSetting("Security:Login:PermitsPerMinute", LoginPermitsPerMinute.ToString());
        if (InsecureCookiesForPlainHttp) builder.UseSetting("Security:SecureCookies", "false");
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            ExtraServices?.Invoke(services);
        });
    }

    /// <summary>
    /// The seed folder is imported in the background once the app is up; tests start from the imported seed, as a
    /// reader would after the import, unless they watch the import itself.
    /// </summary>
    public bool WaitForSeedImport { get; init; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForSeedImport)
            host.Services.GetRequiredService<SeedImportStatus>().Finished.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Requests with this header come from that address, as if over a real connection (the test server has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A staff client whose requests come from this address.</summary>
    public HttpClient CreateStaffClientFrom(string address)
    {
        var client = CreateStaffClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    /// <summary>A fingerprint of every row of every table: equal before and after means the request wrote nothing.</summary>
    public string DatabaseFingerprint() => string.Join(";", TableFingerprints().Select(t => t.Key + "=" + t.Value));

    /// <summary>Each table's rows as one hash, by table name: what a write changed, named.</summary>
    public SortedDictionary<string, string> TableFingerprints()
    {
        using var connection = TestDatabase.Open(DatabasePath);
        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in TestDatabase.Tables(connection))
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "|"));
            fingerprints[table] = Convert.ToHexString(hash.GetHashAndReset());
        }
        return fingerprints;
    }

    /// <summary>
    /// A staff client whose cookie jar the test holds, to stand for one browser: e.g. its session cookie expired while
    /// its other cookies (antiforgery, the signed-in-device cookie) stay.
    /// </summary>
    public HttpClient CreateBrowserClient(System.Net.CookieContainer cookies, string? address = null)
    {
        var client = CreateDefaultClient(new Uri("https://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        if (address is not null) client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    public HttpClient CreateReaderClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A cookie-keeping client on https (auth cookies are Secure outside Development), not following redirects.</summary>
    public HttpClient CreateStaffClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });

    /// <summary>A new staff account in the given role, with <see cref="StaffPassword"/>.</summary>
    public async Task<string> CreateStaffAsync(string role, string? name = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@tempoclone.test";
        var user = new StaffUser { UserName = email, Email = email, DisplayName = name ?? role + " Uji", EmailConfirmed = true };
        var result = await users.CreateAsync(user, StaffPassword);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    /// <summary>A client logged in through the real login form.</summary>
    public async Task<HttpClient> LoginAsync(string email, string password = StaffPassword)
    {
        var client = CreateStaffClient();
        using var response = await client.SubmitLoginAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<HttpClient> LoginAsNewAsync(string role) => await LoginAsync(await CreateStaffAsync(role));

    public async Task<T> WithDbAsync<T>(Func<TempoDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TempoDbContext>());
    }

    /// <summary>The canonical URL of the article with this exact title.</summary>
    public Task<string> UrlOfAsync(string title) => WithDbAsync(db => db.Articles
        .Where(a => a.Title == title)
        .Select(a => ArticleLinks.Path(a.Kanal.Slug, a.Slug, a.Id))
        .SingleAsync());

    /// <summary>Adds an article straight to the database, for tests that need a state the seed lacks; a test that counts a list gives its own kanal.</summary>
    public Task<Article> AddArticleAsync(string title, ArticleStatus status, DateTime publishedAtUtc, string body = "Isi berita uji.", string kanal = "Internasional", int id = 0) =>
        WithDbAsync(async db =>
        {
            var article = new Article
            {
                Id = id,
                Title = title,
                Slug = Slugs.From(title),
                BodyMarkdown = body,
                BodyHtml = MarkdownRenderer.ToSafeHtml(body).Value,
                Deck = "Ringkasan " + title,
                Status = status,
                PublishedAtUtc = publishedAtUtc,
                UpdatedAtUtc = publishedAtUtc,
                Kanal = await db.KanalNamedAsync(kanal),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            // Written behind the editors' back: drop cached reader pages, as every editor write does.
            await Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();
            return article;
        });

    /// <summary>Gives an article a lead photo: a real 800 × 450 PNG in the media folder, with caption, credit and alt text.</summary>
    public Task<int> AddLeadPhotoAsync(int articleId, string altText = "Gedung berwarna merah") => WithDbAsync(async db =>
    {
        var relative = $"2026/{Guid.NewGuid():N}.png";
        var file = Path.Combine(Folder, "media", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, TestImages.Png(800, 450));
        var tracked = await db.Articles.SingleAsync(a => a.Id == articleId);
        tracked.LeadPhoto = new LeadPhoto { Caption = "Suasana uji tata letak di Jakarta.", Credit = "TEMPO/Uji", AltText = altText, ImagePath = relative };
        var saved = await db.SaveChangesAsync();
        await Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();
        return saved;
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsDatabase) TestDatabase.Drop(DatabasePath);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
