using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Import;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Import;

/// <summary>
/// The whole archive in one go (<see cref="ArchiveImport"/>): the start-up import in the background, the report, a
/// stopped import run again; and what archive pages must never do (be today's news, fill the home page's picks).
/// </summary>
public class ArchiveImportTests
{
    /// <summary>A page in the 2023 shape, in our own words; without <paramref name="date"/> it has no date line at all.</summary>
    private static string Page(string title, string? date = "Rabu, 6 September 2023 10:00 WIB", string? pick = null, string? related = null) => $"""
        Kanal: Metro
        {title}
        Reporter: Sita Dewi
        {date}
        Warga berkumpul di taman kota. TEMPO/Fotografer Uji
        TEMPO.CO, Jakarta - Paragraf pertama tentang {title.ToLowerInvariant()} yang cukup panjang untuk sebuah berita.
        Paragraf kedua berita ini menjelaskan apa yang terjadi kemudian di kota itu.
        BMKG
        {(pick is null ? "" : "Pilihan Editor: " + pick)}
        {(related is null ? "" : "Berita terkait\n" + related + "\n3 jam lalu\nBaca Selengkapnya")}
        """;

    private static string FolderWith(int count, Func<int, string> page)
    {
        var folder = Directory.CreateTempSubdirectory("tempoclone-archive-").FullName;
        for (var i = 0; i < count; i++) File.WriteAllText(Path.Combine(folder, $"arsip-{i:D4}.txt"), page(i));
        return folder;
    }

    private static async Task<ArchiveImportSummary> ImportAsync(TempoAppFactory app, string folder, string? report = null,
        IProgress<ArchiveProgress>? progress = null, CancellationToken ct = default) =>
        await app.Services.GetRequiredService<ArchiveImport>().ImportFolderAsync(folder, report, progress, ct);

    [Fact]
    public async Task Start_WithALargeSeedFolder_SiteAnswersAtOnceAndReadinessSaysImportingUntilDone()
    {
        var seeds = FolderWith(300, i => Page($"Berita Arsip Besar Nomor {i}"));
        var held = new HeldSecondBatch();
        using var app = new TempoAppFactory(seeds, databasePath: null)
        {
            WaitForSeedImport = false,
            ExtraServices = services => services.ConfigureDbContext<TempoDbContext>((_, options) => options.AddInterceptors(held)),
        };
        var reader = app.CreateReaderClient();

        // The first batch is committed and the second is held before its transaction: the site is up meanwhile.
        await held.Reached.Task.WaitAsync(TimeSpan.FromMinutes(1));
        using var home = await reader.GetAsync("/");
        using var live = await reader.GetAsync(UrlMap.Health);
        using var ready = await reader.GetAsync(UrlMap.HealthReady);
        var editor = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var banner = (await editor.GetDocumentAsync("/editor")).QuerySelector(".import-banner")?.Text();
        held.Release.SetResult();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Degraded\nImporting 100/300"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.StartsWith("Impor arsip sedang berjalan: 100 dari 300 berkas.", banner);
        await Eventually.HoldsAsync(async () => (await reader.GetAsync(UrlMap.HealthReady)).StatusCode == HttpStatusCode.OK, "readiness after the import",
            TimeSpan.FromMinutes(2));
        Assert.Equal(300, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.Title.StartsWith("Berita Arsip Besar Nomor "))));
        Assert.Null((await editor.GetDocumentAsync("/editor")).QuerySelector(".import-banner"));
    }

    /// <summary>Holds the start-up import when it looks up its second batch's files (no transaction is open then).</summary>
    private sealed class HeldSecondBatch : DbCommandInterceptor
    {
        private int _batches;
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command,
            CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains("FROM \"ImportedSeedFiles\"") && Interlocked.Increment(ref _batches) == 2)
            {
                Reached.TrySetResult();
                await Release.Task;
            }
            return result;
        }
    }

    [Fact]
    public async Task Import_Folder_ReportsEveryFile_AndAgainChangesNothing()
    {
        using var app = new TempoAppFactory();
        var folder = FolderWith(3, i => Page($"Berita Laporan Impor {i}", related: i == 2 ? "Terkait Laporan Impor" : null));
        await File.WriteAllTextAsync(Path.Combine(folder, "tanpa-tanggal.txt"), Page("Berita Laporan Tanpa Tanggal", date: null));
        await File.WriteAllTextAsync(Path.Combine(folder, "tanpa-isi.txt"), "Judul Laporan Tanpa Isi\nRabu, 6 September 2023 10:00 WIB\nAdvertising\n");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "tempo-pages", "tempoplus-paywall.txt"), Path.Combine(folder, "tempoplus-paywall.txt"));
        var report = Path.Combine(app.Folder, "laporan.jsonl");

        var first = await ImportAsync(app, folder, report);
        var firstLines = (await File.ReadAllLinesAsync(report)).Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(e => e.GetProperty("file").GetString()!);
        var rows = await ArchiveRowsAsync(app);
        var second = await ImportAsync(app, folder, report);
        var secondLines = await File.ReadAllLinesAsync(report);

        Assert.Equal((4, 0, 1, 1), (first.Imported, first.Unchanged, first.NeedsDate, first.Refused));
        Assert.Equal("imported", firstLines["arsip-0000.txt"].GetProperty("result").GetString());
        Assert.True(firstLines["arsip-0000.txt"].GetProperty("articleId").GetInt32() > 0);
        Assert.Equal("draft-needs-date", firstLines["tanpa-tanggal.txt"].GetProperty("result").GetString());
        Assert.Contains(firstLines["tanpa-tanggal.txt"].GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Tanggal tidak diketahui"));
        Assert.Equal("refused", firstLines["tanpa-isi.txt"].GetProperty("result").GetString());
        Assert.Contains("isi berita tidak ditemukan", firstLines["tanpa-isi.txt"].GetProperty("reason").GetString());
        Assert.Contains(firstLines["tempoplus-paywall.txt"].GetProperty("warnings").EnumerateArray(), w => w.GetProperty("line").GetInt32() > 0);
        Assert.Equal((0, 5, 0, 1), (second.Imported, second.Unchanged, second.NeedsDate, second.Refused));
        Assert.Equal(6, secondLines.Length);
        Assert.Equal(rows, await ArchiveRowsAsync(app));
    }

    [Fact]
    public async Task Import_StoppedMidway_RunAgain_ImportsTheRestWithoutDuplicates()
    {
        using var app = new TempoAppFactory();
        var folder = FolderWith(ArchiveImport.BatchSize + 20, i => Page($"Berita Impor Terhenti {i}", related: "Terkait Impor Terhenti " + i % 7));
        using var stop = new CancellationTokenSource();
        var report = Path.Combine(app.Folder, "terhenti.jsonl");

        // Ctrl+C after the first batch: the second one (open) is rolled back.
        var stopped = await ImportAsync(app, folder, report, new StopAfterFirstBatch(stop), stop.Token);
        var afterStop = await app.WithDbAsync(db => db.Articles.CountAsync(a => a.Title.StartsWith("Berita Impor Terhenti ")));
        var again = await ImportAsync(app, folder);

        Assert.True(stopped.Stopped);
        Assert.Equal(ArchiveImport.BatchSize, afterStop);
        Assert.Equal(ArchiveImport.BatchSize, (await File.ReadAllLinesAsync(report)).Length);
        Assert.Equal((20, ArchiveImport.BatchSize), (again.Imported, again.Unchanged));
        Assert.Equal(ArchiveImport.BatchSize + 20, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.Title.StartsWith("Berita Impor Terhenti "))));
        Assert.Equal(7, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.Title.StartsWith("Terkait Impor Terhenti "))));
    }

    private sealed class StopAfterFirstBatch(CancellationTokenSource stop) : IProgress<ArchiveProgress>
    {
        public void Report(ArchiveProgress value)
        {
            if (value.Done >= ArchiveImport.BatchSize) stop.Cancel();
        }
    }

    [Fact]
    public async Task SeedPageWithoutADate_NeverAppearsAsNews_AndIsPublishedOnlyWithTheDateAnEditorGives()
    {
        const string title = "Halaman Arsip Tanpa Tanggal Sama Sekali";
        // A newer story beside it: the lead stays the newest by date, whenever the old page is published.
        var seeds = FolderWith(2, i => i == 0 ? Page(title, date: null) : Page("Berita Terbaru Di Samping Arsip", date: "Rabu, 25 November 2026 10:00 WIB"));
        using var app = new TempoAppFactory(seeds, databasePath: null);
        var reader = app.CreateReaderClient();
        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));

        foreach (var url in new[] { "/", "/metro", "/indeks", UrlMap.Rss, UrlMap.Atom, UrlMap.SitemapNews, UrlMap.Sitemap, UrlMap.Api, "/search?q=tanggal" })
            Assert.DoesNotContain(title, await (await reader.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{UrlMap.Api}/{article.Id}")).StatusCode);
        Assert.Equal((ArticleStatus.Draft, true), (article.Status, article.PublishDateUnknown));

        var editor = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var form = await editor.GetDocumentAsync(UrlMap.EditArticle(article.Id));
        Assert.Contains("Tanggal tidak diketahui", form.QuerySelector(".archive-date")!.Text());
        Assert.Equal("", form.ValueOf("Input.PublishAt"));
        using var publishNow = await editor.SubmitFormAsync(UrlMap.EditArticle(article.Id), EditorActions.FormSelector, buttonSelector: "button.publish");
        Assert.Equal(HttpStatusCode.OK, publishNow.StatusCode);
        Assert.Contains("Tanggal terbit artikel ini tidak diketahui", await EditorActions.ErrorsOfAsync(publishNow));

        using var scheduled = await editor.SubmitFormAsync(UrlMap.EditArticle(article.Id), EditorActions.FormSelector,
            new Dictionary<string, string> { ["Input.PublishAt"] = "22/06/2016 19.41" }, "button[formaction*=Schedule]");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var published = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == article.Id));
        Assert.Equal((ArticleStatus.Published, false, new DateTime(2016, 6, 22, 12, 41, 0, DateTimeKind.Utc)),
            (published.Status, published.PublishDateUnknown, published.PublishedAtUtc));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(await app.UrlOfAsync(title))).StatusCode);
        Assert.DoesNotContain(title, await reader.GetStringAsync(UrlMap.SitemapNews));
        Assert.NotEqual(title, (await reader.GetDocumentAsync("/")).QuerySelector(".headline h2")?.Text());
    }

    [Fact]
    public async Task Publish_ImportedDraftWithItsPageDate_KeepsThatDate_UnlessPublishedAsNewNews()
    {
        using var app = new TempoAppFactory();
        var editor = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var reader = app.CreateReaderClient();
        var pageDate = new DateTime(2023, 9, 6, 3, 0, 0, DateTimeKind.Utc);

        var kept = await ImportThroughPageAsync(editor, Page("Berita Arsip Terbit Dengan Tanggalnya"));
        using (var publish = await editor.SubmitFormAsync(UrlMap.EditArticle(kept), EditorActions.FormSelector, buttonSelector: "button.publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var asNew = await ImportThroughPageAsync(editor, Page("Berita Arsip Terbit Sebagai Berita Baru"));
        using (var publish = await editor.SubmitFormAsync(UrlMap.EditArticle(asNew), EditorActions.FormSelector,
            new Dictionary<string, string> { ["Input.PublishAsNew"] = "true" }, "button.publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        Assert.Equal(pageDate, await PublishedAtAsync(app, kept));
        Assert.Equal(TempoAppFactory.StartTime.UtcDateTime, await PublishedAtAsync(app, asNew));
        var news = await reader.GetStringAsync(UrlMap.SitemapNews);
        Assert.DoesNotContain("Berita Arsip Terbit Dengan Tanggalnya", news);
        Assert.Contains("Berita Arsip Terbit Sebagai Berita Baru", news);
        var shown = (await reader.GetDocumentAsync(await app.UrlOfAsync("Berita Arsip Terbit Dengan Tanggalnya"))).QuerySelector(".dateline time")!.GetAttribute("datetime");
        Assert.StartsWith("2023-09-06", shown);
    }

    [Fact]
    public async Task Republish_WithdrawnStory_KeepsItsFirstPublishDate()
    {
        using var app = new TempoAppFactory();
        var editor = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Ditarik Lalu Terbit Lagi", status: "Draft"));
        using (var publish = await editor.SubmitFormAsync(UrlMap.EditArticle(id), EditorActions.FormSelector, buttonSelector: "button.publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var firstDate = await PublishedAtAsync(app, id);
        app.Clock.Advance(TimeSpan.FromDays(3));
        // Days later the session has ended: the editor logs in again.
        editor = await app.LoginAsync(TempoAppFactory.AdminEmail);
        using (var withdraw = await editor.EditArticleAsync(id, new Dictionary<string, string> { ["Input.Status"] = "Unpublished", ["confirm"] = "unpublish" }))
            Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1));
        editor = await app.LoginAsync(TempoAppFactory.AdminEmail);

        using var republish = await editor.SubmitFormAsync(UrlMap.EditArticle(id), EditorActions.FormSelector, buttonSelector: "button.publish");

        Assert.Equal(HttpStatusCode.Redirect, republish.StatusCode);
        Assert.Equal(firstDate, await PublishedAtAsync(app, id));
        Assert.DoesNotContain("Berita Ditarik Lalu Terbit Lagi", await app.CreateReaderClient().GetStringAsync(UrlMap.SitemapNews));
    }

    [Fact]
    public async Task Start_SeedPagesWithEditorsPicks_KeepEachPickOnItsStory_AndLeaveTheHomePicksAlone()
    {
        var seeds = FolderWith(3, i => Page($"Berita Seed Dengan Pilihan {i}", pick: $"Pilihan Editor Seed {i}"));
        using var app = new TempoAppFactory(seeds, databasePath: null);
        var reader = app.CreateReaderClient();

        var story = await reader.GetDocumentAsync(await app.UrlOfAsync("Berita Seed Dengan Pilihan 1"));

        Assert.Equal("Pilihan Editor Seed 1", story.QuerySelector(".editors-pick a")?.Text());
        Assert.False(await app.WithDbAsync(db => db.HomePicks.AnyAsync()));
    }

    [Fact]
    public async Task ImportPage_PageWithoutADate_AsksForOne_AndPublishesWithTheDateGiven()
    {
        using var app = new TempoAppFactory();
        var editor = await app.LoginAsync(TempoAppFactory.AdminEmail);

        using var undated = await editor.SubmitFormAsync("/editor/import", "form.import-form",
            new Dictionary<string, string> { ["Text"] = Page("Halaman Impor Tanpa Tanggal Di Formulir", date: null) });
        var report = await HtmlDocuments.ParseAsync(undated);
        var dated = await ImportThroughPageAsync(editor, Page("Halaman Impor Diberi Tanggal Di Formulir", date: null), "22/06/2016 19.41");
        using (var publish = await editor.SubmitFormAsync(UrlMap.EditArticle(dated), EditorActions.FormSelector, buttonSelector: "button.publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        Assert.Contains("Tanggal tidak diketahui", report.QuerySelector(".import-notes")!.Text());
        Assert.True(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Halaman Impor Tanpa Tanggal Di Formulir" && a.PublishDateUnknown && a.Status == ArticleStatus.Draft)));
        Assert.Equal(new DateTime(2016, 6, 22, 12, 41, 0, DateTimeKind.Utc), await PublishedAtAsync(app, dated));
    }

    private static async Task<int> ImportThroughPageAsync(HttpClient editor, string text, string? date = null)
    {
        var fields = new Dictionary<string, string> { ["Text"] = text };
        if (date is not null) fields["PublishAt"] = date;
        using var response = await editor.SubmitFormAsync("/editor/import", "form.import-form", fields);
        if (response.StatusCode == HttpStatusCode.Redirect) return EditorActions.IdFrom(response);
        // CASE: with warnings (a page without a date line has one) the report stays on the import page.
        var link = (await HtmlDocuments.ParseAsync(response)).QuerySelector(".import-result a");
        Assert.True(link is not null, "No import result");
        return int.Parse(link!.GetAttribute("href")!.Split('/').Last());
    }

    private static Task<DateTime> PublishedAtAsync(TempoAppFactory app, int id) =>
        app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.PublishedAtUtc).SingleAsync());

    /// <summary>Every article row an import writes, as one comparable string.</summary>
    private static Task<string> ArchiveRowsAsync(TempoAppFactory app) => app.WithDbAsync(async db => JsonSerializer.Serialize(
        await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.Version, a.Status, a.PublishedAtUtc, a.PublishDateUnknown, a.FirstPublishedAtUtc }).ToListAsync()));
}
