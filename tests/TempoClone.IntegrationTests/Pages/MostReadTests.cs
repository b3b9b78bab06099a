using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

public class MostReadTests
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    /// <summary>Page views as browsers send them, each from its own reader (address) unless one is given.</summary>
    private static async Task ReadAsync(HttpClient client, string url, int times, string userAgent = Browser, string? address = null)
    {
        for (var i = 0; i < times; i++)
        {
            using var request = PageView(url, userAgent, address ?? $"10.0.{i / 256}.{i % 256}");
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }
    }

    private static HttpRequestMessage PageView(string url, string userAgent, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(userAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.AcceptLanguage.ParseAdd("id-ID,id;q=0.9,en;q=0.8");
        request.Headers.Add("Sec-Fetch-Dest", "document");
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        request.Headers.Add(TempoAppFactory.ClientAddressHeader, address);
        return request;
    }

    private static Task<int> ViewsAsync(TempoAppFactory app, int articleId) =>
        app.WithDbAsync(db => Task.FromResult(db.ArticleViewCounts.Where(v => v.ArticleId == articleId).Sum(v => (int?)v.Views) ?? 0));

    private static List<string> List(AngleSharp.Dom.IDocument page, string window) =>
        page.QuerySelectorAll($"ol.most-read-{window} a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task MostRead_CountsReadersNotBotsOrStaff_InBothWindows()
    {
        // Reader pages served from the cache must still be counted: the cache stays on here.
        using var app = new TempoAppFactory();
        var reader = app.CreateReaderClient();
        var popular = await app.UrlOfAsync(SeedArticle.FirstRelatedTitle);
        var lessPopular = await app.UrlOfAsync(SeedArticle.Title);
        var botFavourite = await app.UrlOfAsync(SeedArticle.PickTitle);

        await ReadAsync(reader, popular, 3);
        await ReadAsync(reader, lessPopular, 2);
        await ReadAsync(reader, botFavourite, 20, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        for (var i = 0; i < 20; i++) (await editor.GetAsync(botFavourite)).EnsureSuccessStatusCode();
        await app.Services.GetRequiredService<ViewCounter>().FlushAsync();
        await app.AddArticleAsync("Pembuka Cache Baru", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime); // evicts cached pages

        var home = await reader.GetDocumentAsync("/");
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(home, "day"));
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(home, "week"));
        // Both windows rank the same stories: one list, named for both.
        Assert.Single(home.QuerySelectorAll("section.most-read ol"));
        Assert.Equal("24 jam dan 7 hari terakhir", home.QuerySelector("section.most-read h3")!.TextContent);
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(await reader.GetDocumentAsync(lessPopular), "day"));

        // Two days later the 24-hour list has forgotten them; the 7-day list has not.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.AddArticleAsync("Pembuka Cache Lagi", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);
        var later = await reader.GetDocumentAsync("/");
        Assert.Empty(List(later, "day"));
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(later, "week"));
    }

    /// <summary>Issue 20: the kanal page's Terpopuler was two aggregations over the view counts per uncached page.</summary>
    [Fact]
    public async Task KanalMostRead_IsKeptInMemory_UntilTheCounterWritesNewCounts()
    {
        // The reader cache is off: what stays the same between two kanal pages is the kept list, not a cached page.
        using var app = new TempoAppFactory { Settings = { ["Site:ReaderCacheSeconds"] = "0" } };
        var reader = app.CreateReaderClient();
        const string kanal = "Kanal Terpopuler Uji";
        var published = TempoAppFactory.StartTime.UtcDateTime.AddHours(-1);
        var first = await app.AddArticleAsync("Berita Kanal Dibaca Pertama", ArticleStatus.Published, published, kanal: kanal);
        var second = await app.AddArticleAsync("Berita Kanal Dibaca Kedua", ArticleStatus.Published, published, kanal: kanal);
        var kanalUrl = "/" + Slugs.From(kanal);
        var counter = app.Services.GetRequiredService<ViewCounter>();
        await ReadAsync(reader, await app.UrlOfAsync(first.Title), 2);
        await counter.FlushAsync();
        Assert.Equal([first.Title], List(await reader.GetDocumentAsync(kanalUrl), "day"));

        // Counts that reach the table without the counter (no page read them) leave the kept list as it was.
        var hour = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = second.Id, HourUtc = hour.AddTicks(-(hour.Ticks % TimeSpan.TicksPerHour)), Views = 50 });
            return await db.SaveChangesAsync();
        });
        Assert.Equal([first.Title], List(await reader.GetDocumentAsync(kanalUrl), "day"));

        // The counter's next write makes the next page read the list again, with both stories.
        await ReadAsync(reader, await app.UrlOfAsync(first.Title), 1, address: "10.9.9.9");
        await counter.FlushAsync();
        Assert.Equal([second.Title, first.Title], List(await reader.GetDocumentAsync(kanalUrl), "day"));
    }

    [Fact]
    public async Task OneClientRepeatingAView_CountsOncePerHour()
    {
        using var app = new TempoAppFactory();
        var reader = app.CreateReaderClient();
        var article = await app.AddArticleAsync("Berita Yang Dibaca Ulang", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var url = await app.UrlOfAsync(article.Title);
        var counter = app.Services.GetRequiredService<ViewCounter>();

        await ReadAsync(reader, url, 150, address: "203.0.113.5");
        await ReadAsync(reader, url, 1, address: "203.0.113.6");
        await ReadAsync(reader, url, 1, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1", address: "203.0.113.5");
        await counter.FlushAsync();
        Assert.Equal(2, await ViewsAsync(app, article.Id));

        // An hour later the same reader counts again.
        app.Clock.Advance(TimeSpan.FromHours(1));
        await ReadAsync(reader, url, 5, address: "203.0.113.5");
        await counter.FlushAsync();
        Assert.Equal(3, await ViewsAsync(app, article.Id));
    }

    /// <summary>Issue 18, medium 8: 100 GETs from one address with 100 browser-like agents counted 101 views.</summary>
    [Fact]
    public async Task OneAddressRotatingItsUserAgent_CountsOnce()
    {
        using var app = new TempoAppFactory();
        var reader = app.CreateReaderClient();
        var article = await app.AddArticleAsync("Berita Dengan Agen Berganti", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var url = await app.UrlOfAsync(article.Title);
        using var start = new Barrier(4);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 25; i++)
                await ReadAsync(reader, url, 1, $"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/{100 + worker * 25 + i}.0 Safari/537.36", "203.0.113.77");
        })));
        await app.Services.GetRequiredService<ViewCounter>().FlushAsync();

        Assert.Equal(1, await ViewsAsync(app, article.Id));
    }

    /// <summary>Issue 18, medium 8: one source adds at most a capped number of views an hour, and an IPv6 /64 is one source.</summary>
    [Fact]
    public async Task OneSource_AddsAtMostItsHourlyCap_AndAnIpv6Slash64IsOneSource()
    {
        using var app = new TempoAppFactory();
        var counter = app.Services.GetRequiredService<ViewCounter>();
        var articles = new List<int>();
        for (var i = 0; i < ViewCounter.MaxViewsPerSourcePerHour + 10; i++)
            articles.Add((await app.AddArticleAsync($"Berita Sumber Tunggal {i}", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1))).Id);

        // Every address of one /64: a new address for each article.
        var counted = articles.Select((id, i) => counter.Record(id, $"2001:db8:77:1::{i + 1:x}")).Count(c => c);
        var otherSlash64 = counter.Record(articles[0], "2001:db8:77:2::1");
        var ipv4Mapped = new[] { counter.Record(articles[0], "203.0.113.88"), counter.Record(articles[0], "::ffff:203.0.113.88") };
        await counter.FlushAsync();

        Assert.Equal(ViewCounter.MaxViewsPerSourcePerHour, counted);
        Assert.True(otherSlash64);
        Assert.Equal([true, false], ipv4Mapped);
        Assert.Equal(ViewCounter.MaxViewsPerSourcePerHour + 2, await app.WithDbAsync(db => Task.FromResult(db.ArticleViewCounts.Where(v => articles.Contains(v.ArticleId)).Sum(v => v.Views))));
        Assert.Equal("2001:db8:77:1::/64", ViewCounter.SourceOf("2001:db8:77:1:abcd:ef01:2345:6789"));
    }

    [Fact]
    public async Task RequestsWithoutTheSignalsOfAPageView_AreNotCounted()
    {
        using var app = new TempoAppFactory();
        var reader = app.CreateReaderClient();
        var article = await app.AddArticleAsync("Berita Yang Dipanggil Skrip", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var url = await app.UrlOfAsync(article.Title);

        for (var i = 0; i < 20; i++)
        {
            using var script = new HttpRequestMessage(HttpMethod.Get, url);
            script.Headers.UserAgent.ParseAdd(Browser);
            script.Headers.Add(TempoAppFactory.ClientAddressHeader, $"198.51.100.{i + 1}");
            (await reader.SendAsync(script)).EnsureSuccessStatusCode();
            using var fetch = PageView(url, Browser, $"198.51.100.{i + 101}");
            fetch.Headers.Remove("Sec-Fetch-Dest");
            fetch.Headers.Add("Sec-Fetch-Dest", "empty");
            (await reader.SendAsync(fetch)).EnsureSuccessStatusCode();
        }
        await app.Services.GetRequiredService<ViewCounter>().FlushAsync();

        Assert.Equal(0, await ViewsAsync(app, article.Id));
    }

    [Fact]
    public async Task ViewsRecordedWhileBatchesAreWritten_AreNeverLost()
    {
        using var app = new TempoAppFactory();
        var article = await app.AddArticleAsync("Berita Dibaca Serentak", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var counter = app.Services.GetRequiredService<ViewCounter>();
        const int readers = 4, viewsEach = 3_000;

        var flushing = true;
        var flusher = Task.Run(async () => { while (Volatile.Read(ref flushing)) { await counter.FlushAsync(); await Task.Delay(5); } });
        await Task.WhenAll(Enumerable.Range(0, readers).Select(r => Task.Run(() =>
        {
            for (var i = 0; i < viewsEach; i++) counter.Record(article.Id, $"10.{r}.{i / 256}.{i % 256}");
        })));
        Volatile.Write(ref flushing, false);
        await flusher;
        await counter.FlushAsync();

        Assert.Equal(readers * viewsEach, await ViewsAsync(app, article.Id));
    }

    [Fact]
    public async Task FailedBatch_IsWrittenWithTheNextOne()
    {
        using var app = new TempoAppFactory();
        var article = await app.AddArticleAsync("Berita Saat Basis Data Gagal", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var counter = app.Services.GetRequiredService<ViewCounter>();
        counter.Record(article.Id, "203.0.113.1");
        counter.Record(article.Id, "203.0.113.2");

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ArticleViewCounts\" RENAME TO \"ArticleViewCountsAway\""));
        await Assert.ThrowsAnyAsync<Exception>(() => counter.FlushAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ArticleViewCountsAway\" RENAME TO \"ArticleViewCounts\""));
        counter.Record(article.Id, "203.0.113.3");
        await counter.FlushAsync();

        Assert.Equal(3, await ViewsAsync(app, article.Id));
    }

    [Fact]
    public async Task ASecondFlush_ReturnsOnlyOnceTheBatchInProgressIsWritten()
    {
        // The host can be stopped from two places at once (a test host's dispose and Program's RunAsync): the caller
        // that finds the buffer empty must not return, and let the app be disposed, while the other is still writing.
        var held = new HeldViewWrites();
        using var app = new TempoAppFactory
        {
            ExtraServices = services => services.ConfigureDbContext<TempoClone.Web.Data.TempoDbContext>((_, options) => options.AddInterceptors(held)),
        };
        var article = await app.AddArticleAsync("Berita Saat Dua Penulisan", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var counter = app.Services.GetRequiredService<ViewCounter>();
        counter.Record(article.Id, "203.0.113.1");

        var first = counter.FlushAsync();
        await held.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = counter.FlushAsync();
        var finishedFirst = await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(300)));
        held.Release.SetResult();
        await Task.WhenAll(first, second);

        Assert.NotSame(second, finishedFirst);
        Assert.Equal(1, await ViewsAsync(app, article.Id));
    }

    /// <summary>Holds the view-count write until released, so a test can act while a batch is being written.</summary>
    private sealed class HeldViewWrites : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains("INSERT INTO \"ArticleViewCounts\""))
            {
                Reached.TrySetResult();
                await Release.Task;
            }
            return result;
        }
    }

    [Fact]
    public async Task PendingViews_AreWritten_WhenTheFlusherStopsBeforeItsLoopBegan()
    {
        // A host stopped at once after starting: since .NET 10 a BackgroundService's ExecuteAsync starts on the thread
        // pool and may never run, so the last batch must not depend on it.
        using var app = new TempoAppFactory();
        var article = await app.AddArticleAsync("Berita Saat Aplikasi Langsung Berhenti", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));
        var counter = app.Services.GetRequiredService<ViewCounter>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            counter.Record(article.Id, $"203.0.113.{attempt}");
            var flusher = ActivatorUtilities.CreateInstance<ViewCounterFlusher>(app.Services);
            await flusher.StartAsync(CancellationToken.None);
            await flusher.StopAsync(CancellationToken.None);
            Assert.Equal(attempt + 1, await ViewsAsync(app, article.Id));
        }
    }

    [Fact]
    public async Task PendingViews_AreWrittenWhenTheAppStops()
    {
        // The database lives outside the app's folder, so it outlives the stopped app.
        var folder = Directory.CreateTempSubdirectory("tempoclone-stop-").FullName;
        var database = Path.Combine(folder, "tempo.db");
        int articleId;
        LogCollector logs;
        using (var app = new TempoAppFactory(RepoPaths.SeedArticles, database))
        {
            logs = app.Logs;
            articleId = (await app.AddArticleAsync("Berita Sebelum Berhenti", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1))).Id;
            app.Services.GetRequiredService<ViewCounter>().Record(articleId, "203.0.113.1");
        }

        await using (var connection = TestDatabase.Open(database))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(SUM(\"Views\"), 0) FROM \"ArticleViewCounts\" WHERE \"ArticleId\" = {articleId}";
            var views = Convert.ToInt64(await command.ExecuteScalarAsync());
            Assert.True(views == 1, $"views {views}; app log: " + string.Join(" | ", logs.Events.Select(e => $"{e.Timestamp:HH:mm:ss.fff} {e.Level} {e.RenderMessage()} {e.Exception?.GetType().Name} {e.Exception?.Message}")));
        }
        TestDatabase.Drop(database);
        Directory.Delete(folder, recursive: true);
    }
}
