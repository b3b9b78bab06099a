using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Distribution;

/// <summary>
/// Sitemap files are built once and stored in the database (issue 20): with the reader cache off, a second request, a
/// restart or a second instance serves the stored file; a change on the write path builds only the file that lists the
/// story, at once. Builds are counted by the build's log line.
/// </summary>
public class SitemapStoreTests(SitemapStoreTests.App factory) : IClassFixture<SitemapStoreTests.App>
{
    /// <summary>Files of 1,000 URLs (ids 1–900, 901–1,900, …: the first keeps room for the standing pages); no output cache, so every request asks the store.</summary>
    public sealed class App : TempoAppFactory
    {
        public App() : this(null) { }

        internal App(string? databasePath) : base(RepoPaths.SeedArticles, databasePath)
        {
            Settings["Site:ReaderCacheSeconds"] = "0";
            Settings["Site:SitemapPageSize"] = "1000";
        }

        public int Builds(int firstId) => Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("Sitemap file", StringComparison.Ordinal)
            && LogCollector.Scalar(e, "FirstId") == firstId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static DateTime Before => TempoAppFactory.StartTime.UtcDateTime.AddDays(-2);

    private static async Task<List<string>> LocsAsync(HttpClient reader, string path) =>
        [.. (await SitemapTests.ValidSitemapAsync(reader, path)).Descendants(Sm + "loc").Select(l => l.Value)];

    [Fact]
    public async Task File_IsBuiltOnce_AndAgainOnlyWhenAStoryInItChanges()
    {
        using var app = new App();
        var second = await app.AddArticleAsync("Berita Simpan Berkas Kedua", ArticleStatus.Published, Before, id: 1500);
        await app.AddArticleAsync("Berita Simpan Berkas Ketiga", ArticleStatus.Published, Before, id: 2500);
        var reader = app.CreateReaderClient();
        foreach (var path in new[] { "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml" })
        {
            var first = await reader.ETagAsync(path);
            Assert.Equal(first, await reader.ETagAsync(path));
        }
        Assert.Equal([1, 1, 1], new[] { app.Builds(1), app.Builds(901), app.Builds(1901) });

        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        using var saved = await editor.EditArticleAsync(second.Id, new() { ["Input.Title"] = "Berita Simpan Berkas Kedua Diubah", ["Input.Slug"] = "berkas-kedua-diubah" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains(await LocsAsync(reader, "/sitemap-2.xml"), l => l.EndsWith("/berkas-kedua-diubah-1500", StringComparison.Ordinal));
        await LocsAsync(reader, "/sitemap-1.xml");
        await LocsAsync(reader, "/sitemap-3.xml");
        Assert.Equal([1, 2, 1], new[] { app.Builds(1), app.Builds(901), app.Builds(1901) });

        // The index's lastmod of the changed file is the change's time; the others keep their newest story's.
        var index = await SitemapTests.ValidSitemapAsync(reader, "/sitemap.xml");
        string? LastModOf(int file) => index.Descendants(Sm + "sitemap")
            .Single(s => s.Element(Sm + "loc")!.Value.EndsWith($"/sitemap-{file}.xml", StringComparison.Ordinal)).Element(Sm + "lastmod")?.Value;
        Assert.Equal(JakartaTime.Iso(app.Clock.GetUtcNow().UtcDateTime), LastModOf(2));
        Assert.Equal(JakartaTime.Iso(Before), LastModOf(3));
    }

    [Fact]
    public async Task RestartOrSecondInstance_ServesTheStoredFile_WithoutBuilding()
    {
        using var first = new App();
        await first.AddArticleAsync("Berita Simpan Mulai Ulang", ArticleStatus.Published, Before, id: 1200);
        var firstTags = new[] { await first.CreateReaderClient().ETagAsync("/sitemap-1.xml"), await first.CreateReaderClient().ETagAsync("/sitemap-2.xml") };

        // Another process on the same database: a restart, or the second instance behind the load balancer.
        using var second = new App(first.DatabasePath);
        var reader = second.CreateReaderClient();
        Assert.Equal(firstTags, new[] { await reader.ETagAsync("/sitemap-1.xml"), await reader.ETagAsync("/sitemap-2.xml") });
        Assert.Contains(await LocsAsync(reader, "/sitemap-2.xml"), l => l.EndsWith("/berita-simpan-mulai-ulang-1200", StringComparison.Ordinal));
        Assert.Equal(0, second.Builds(1) + second.Builds(901));
    }

    [Fact]
    public async Task ConcurrentFirstRequests_BuildTheFileOnce()
    {
        using var app = new App();
        var reader = app.CreateReaderClient();

        var tags = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reader.ETagAsync("/sitemap.xml")));

        Assert.Single(tags.Distinct());
        Assert.Equal(1, app.Builds(1));
    }

    [Fact]
    public async Task PublishedWithdrawnAndTrashedStories_ShowInTheirFileAtOnce()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var reader = factory.CreateReaderClient();
        var kept = await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Simpan Tetap"));
        var withdrawn = await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Simpan Ditarik"));
        var trashed = await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Simpan Dibuang"));
        var file = SitemapFileOf(kept);
        var before = await LocsAsync(reader, file);
        Assert.Contains(before, l => l.EndsWith($"/berita-simpan-ditarik-{withdrawn}", StringComparison.Ordinal));
        Assert.Contains(before, l => l.EndsWith($"/berita-simpan-dibuang-{trashed}", StringComparison.Ordinal));

        // "Tarik dari situs" asks first; its button confirms.
        using var asked = await editor.EditArticleAsync(withdrawn, new() { ["Input.Status"] = "Unpublished" });
        var form = (await HtmlDocuments.ParseAsync(asked)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        using var confirmed = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Unpublished" },
            form.QuerySelector<IHtmlButtonElement>(".confirm-inline button"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        using var deleted = await editor.SubmitFormAsync($"/editor/articles/confirm/{trashed}?what=trash", "form.confirm-actions");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var added = await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Simpan Baru"));
        Assert.Equal(file, SitemapFileOf(added));

        var after = await LocsAsync(reader, file);
        Assert.Contains(after, l => l.EndsWith($"/berita-simpan-tetap-{kept}", StringComparison.Ordinal));
        Assert.Contains(after, l => l.EndsWith($"/berita-simpan-baru-{added}", StringComparison.Ordinal));
        Assert.DoesNotContain(after, l => l.Contains("berita-simpan-ditarik", StringComparison.Ordinal));
        Assert.DoesNotContain(after, l => l.Contains("berita-simpan-dibuang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScheduledStory_JoinsItsFileAtItsMinute()
    {
        var goesLive = factory.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await factory.AddArticleAsync("Berita Simpan Terjadwal", ArticleStatus.Published, goesLive, id: 7321);
        var reader = factory.CreateReaderClient();
        Assert.DoesNotContain(await LocsAsync(reader, "/sitemap-8.xml"), l => l.Contains("berita-simpan-terjadwal", StringComparison.Ordinal));

        factory.Clock.SetUtcNow(goesLive.AddMinutes(1));

        Assert.Contains(await LocsAsync(reader, "/sitemap-8.xml"), l => l.EndsWith("/berita-simpan-terjadwal-7321", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryFile_HoldsAtMostTheFileSize_TheFirstWithItsStandingPages()
    {
        using var app = new App();
        await app.WithDbAsync(async db =>
        {
            var kanal = await db.KanalNamedAsync("Internasional");
            db.Articles.AddRange(Enumerable.Range(1, 1200).Select(id => new Article
            {
                Title = $"Berita Isi {id}", Slug = $"berita-isi-{id}", BodyMarkdown = "Isi.", BodyHtml = "<p>Isi.</p>",
                Status = ArticleStatus.Published, PublishedAtUtc = Before, UpdatedAtUtc = Before, Kanal = kanal,
            }));
            return await db.SaveChangesAsync();
        });
        var reader = app.CreateReaderClient();

        var first = await LocsAsync(reader, "/sitemap-1.xml");
        var second = await LocsAsync(reader, "/sitemap-2.xml");

        Assert.InRange(first.Count, 850, 1000);
        Assert.Contains(TempoAppFactory.BaseUrl + "/", first);
        Assert.InRange(second.Count, 1, 1000);
        Assert.Empty(first.Intersect(second));
    }

    /// <summary>The file of an id for files of 1,000 (the first is 100 shorter, for the standing pages).</summary>
    private static string SitemapFileOf(int id) => $"/sitemap-{(id + 100 + 999) / 1000}.xml";
}
