using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>What makes the reader site a news site: pictures in lists, the home lead block, the article rail, sharing, footer, 404.</summary>
public class ReaderSiteTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private async Task<string> PublishWithPhotoAsync(string title, HttpClient? editor = null)
    {
        editor ??= await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PhotoCaption"] = "Keterangan " + title;
        fields["Input.PhotoCredit"] = "TEMPO/Uji";
        fields["Input.PhotoAlt"] = "Foto " + title;
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.CameraJpeg(800, 600), "foto.jpg", "image/jpeg"));
        return await factory.UrlOfAsync(title);
    }

    private static IElement ItemTitled(IDocument page, string scope, string title) =>
        page.QuerySelectorAll($"{scope} li.story-item").Single(li => li.QuerySelector(".story-title a")!.Text() == title);

    /// <summary>A list picture is the photo's small renditions (160 and 320 px first in srcset), lazy, with its size.</summary>
    private static void AssertThumbnail(IElement item, string sizes = PhotoImageTagHelper.ThumbnailSizes)
    {
        var img = item.QuerySelector("picture.thumb img")!;
        Assert.StartsWith("/media/", img.GetAttribute("src"));
        var webp = item.QuerySelector("picture.thumb source[type='image/webp']:not([media])")!;
        Assert.Matches(@"^/media/\d{4}/[0-9a-f]{32}-160\.webp 160w, /media/\d{4}/[0-9a-f]{32}-320\.webp 320w", webp.GetAttribute("srcset"));
        Assert.Equal(sizes, img.GetAttribute("sizes"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.True(int.Parse(img.GetAttribute("width")!) > 0 && int.Parse(img.GetAttribute("height")!) > 0);
        Assert.NotNull(img.GetAttribute("alt"));
    }

    [Fact]
    public async Task Home_LeadBlockHasHeadlineWithPhotoAndDeckThenSecondaryStories_SummaryStoriesWaitInTerkini()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var titles = new[] { "Lead Satu Waduk Meluap", "Lead Dua Jalan Tol Baru", "Lead Tiga Harga Beras", "Lead Empat Kereta Cepat" };
        foreach (var title in titles) await PublishWithPhotoAsync(title, editor);
        // Newest of all, but known only by its summary: it must not push a full article out of the lead block.
        await factory.AddArticleAsync("Lead Ringkasan Saja", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime, body: "");

        var page = await _reader.GetDocumentAsync("/");
        var lead = page.QuerySelector("section.headline.lead-block")!;

        Assert.Equal("Lead Empat Kereta Cepat", lead.QuerySelector(".lead-story h2 a")!.Text());
        Assert.Equal("Ringkasan Lead Empat Kereta Cepat", lead.QuerySelector(".lead-story .story-deck")!.Text());
        var leadImage = lead.QuerySelector(".lead-story picture.thumb img")!;
        Assert.Equal("high", leadImage.GetAttribute("fetchpriority"));
        Assert.Null(leadImage.GetAttribute("loading"));
        Assert.Equal(PhotoImageTagHelper.HomeLeadSizes, leadImage.GetAttribute("sizes"));
        Assert.Equal("Foto Lead Empat Kereta Cepat", leadImage.GetAttribute("alt"));
        Assert.Equal(["Lead Tiga Harga Beras", "Lead Dua Jalan Tol Baru", "Lead Satu Waduk Meluap"],
            lead.QuerySelectorAll(".lead-secondary .story-title a").Select(a => a.Text()));
        foreach (var item in lead.QuerySelectorAll(".lead-secondary li.story-item")) AssertThumbnail(item, PhotoImageTagHelper.LeadBlockSizes);
        Assert.DoesNotContain("Lead Ringkasan Saja", lead.TextContent);

        var terkini = page.QuerySelectorAll("#terkini-heading + .story-list .story-title a").Select(a => a.Text()).ToList();
        Assert.Equal("Lead Ringkasan Saja", terkini[0]);
        Assert.DoesNotContain("Lead Empat Kereta Cepat", terkini);
    }

    [Fact]
    public async Task Lists_ShowAThumbnailBesideEachTitleWithAPhoto_AndNoBoxWithoutOne()
    {
        var url = await PublishWithPhotoAsync("Daftar Bergambar Pelabuhan");

        // On its kanal's front the newest photo story is the lead, with the lead's picture rather than a thumbnail.
        Assert.Equal("Daftar Bergambar Pelabuhan", (await _reader.GetDocumentAsync("/internasional")).QuerySelector(".kanal-lead h2 a")!.Text());
        foreach (var (path, scope) in new[] { ("/indeks", "main"), ("/tag/banjir", "main"), ("/search?q=pelabuhan", "main") })
        {
            var page = await _reader.GetDocumentAsync(path);
            AssertThumbnail(ItemTitled(page, scope, "Daftar Bergambar Pelabuhan"));
            // The seed story has no image file: its item has no picture and no placeholder.
            var withoutPhoto = page.QuerySelectorAll($"{scope} li.story-item").FirstOrDefault(li => li.QuerySelector(".story-title a")!.Text() == SeedArticle.FirstRelatedTitle);
            if (withoutPhoto is not null) Assert.Null(withoutPhoto.QuerySelector("img, .photo-placeholder"));
        }

        // Berita terkait of another story picks it first.
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Terkait Bergambar Induk");
        fields["Input.Related"] = "Daftar Bergambar Pelabuhan";
        await editor.CreateArticleAsync(fields);
        var article = await _reader.GetDocumentAsync(await factory.UrlOfAsync("Terkait Bergambar Induk"));
        AssertThumbnail(ItemTitled(article, "section.related", "Daftar Bergambar Pelabuhan"));
        Assert.Equal(url, ItemTitled(article, "section.related", "Daftar Bergambar Pelabuhan").QuerySelector(".story-title a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Terpopuler_ShowsThumbnails()
    {
        var url = await PublishWithPhotoAsync("Populer Bergambar Pasar");
        var id = int.Parse(url[(url.LastIndexOf('-') + 1)..]);
        await factory.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = id, HourUtc = factory.Clock.GetUtcNow().UtcDateTime.Date, Views = 1_000_000 });
            return await db.SaveChangesAsync();
        });
        await factory.AddArticleAsync("Pembuka Cache Populer", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);

        var page = await _reader.GetDocumentAsync("/");
        AssertThumbnail(ItemTitled(page, "ol.most-read-week", "Populer Bergambar Pasar"));
    }

    [Fact]
    public async Task Masthead_HasKanalMenuBehindADetailsButton_TheBarAndSearch()
    {
        var page = await _reader.GetDocumentAsync("/");
        var masthead = page.QuerySelector("header.masthead")!;

        var menu = masthead.QuerySelector("details.kanal-menu")!;
        Assert.Equal("Kanal", menu.QuerySelector("summary")!.Text());
        Assert.Contains(menu.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/internasional");
        Assert.Contains(masthead.QuerySelectorAll("nav.kanal-bar a"), a => a.GetAttribute("href") == "/internasional");
        Assert.NotNull(masthead.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Article_HasRailWithPilihanEditorAndTerpopuler_AndShareLinksWithoutScripts()
    {
        var url = await PublishWithPhotoAsync("Artikel Dengan Rail");
        var picked = await PublishWithPhotoAsync("Pilihan Di Rail");
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using (await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']", new Dictionary<string, string> { ["AddReference"] = "Pilihan Di Rail" })) { }

        var page = await _reader.GetDocumentAsync(url);
        var rail = page.QuerySelector("aside.article-rail")!;
        Assert.Contains("Pilihan Editor", rail.QuerySelector("h2")!.Text());
        AssertThumbnail(ItemTitled(page, "aside.article-rail", "Pilihan Di Rail"));
        Assert.Equal(picked, ItemTitled(page, "aside.article-rail", "Pilihan Di Rail").QuerySelector(".story-title a")!.GetAttribute("href"));

        var canonical = Uri.EscapeDataString(TempoAppFactory.BaseUrl + url);
        var share = page.QuerySelectorAll("article.article nav.share a").Select(a => (a.Text(), a.GetAttribute("href")!)).ToList();
        Assert.Equal(["WhatsApp (bagikan)", "X (bagikan)", "Facebook (bagikan)", "Telegram (bagikan)", "E-mail (bagikan)"], share.Select(s => s.Item1));
        Assert.StartsWith("https://wa.me/?text=", share[0].Item2);
        Assert.StartsWith("https://x.com/intent/post?", share[1].Item2);
        Assert.StartsWith("https://www.facebook.com/sharer/sharer.php?u=", share[2].Item2);
        Assert.StartsWith("https://t.me/share/url?", share[3].Item2);
        Assert.StartsWith("mailto:?subject=", share[4].Item2);
        Assert.All(share, s => Assert.Contains(canonical, s.Item2));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']), iframe"));
    }

    [Fact]
    public async Task Indeks_TakesAnIndonesianDate()
    {
        var page = await _reader.GetDocumentAsync("/indeks?tanggal=31/08/2023");

        Assert.Contains(SeedArticle.Title, page.QuerySelectorAll("main .story-title a").Select(a => a.Text()));
        Assert.Equal("31/08/2023", page.QuerySelector("#tanggal")!.GetAttribute("value"));
        Assert.EndsWith("/indeks?tanggal=2023-08-31", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Footer_ListsKanalStandingPagesAndRalat()
    {
        var footer = (await _reader.GetDocumentAsync("/internasional")).QuerySelector("footer.site-footer")!;
        var links = footer.QuerySelectorAll("a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();

        Assert.Contains(("Internasional", "/internasional"), links);
        Assert.Contains(("Redaksi", "/redaksi"), links);
        Assert.Contains(("Pedoman Media Siber", "/pedoman-media-siber"), links);
        Assert.Contains(("Kontak", "/kontak"), links);
        Assert.Contains(("Tentang Kami", "/tentang-kami"), links);
        Assert.Contains(("Kebijakan Privasi", "/kebijakan-privasi"), links);
        Assert.Contains(("Ralat", "/ralat"), links);
    }

    [Fact]
    public async Task SummaryOnlyStory_SaysSoAndLinksTheOriginalOnlyWhenItIsAWebAddress()
    {
        var known = await factory.AddArticleAsync("Ringkasan Dengan Alamat Asli", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime, body: "");
        var hostile = await factory.AddArticleAsync("Ringkasan Dengan Alamat Aneh", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime, body: "");
        await factory.WithDbAsync(async db =>
        {
            await db.Articles.Where(a => a.Id == known.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.SourceUrl, "https://www.tempo.co/internasional/ringkasan-123"));
            return await db.Articles.Where(a => a.Id == hostile.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.SourceUrl, "javascript:alert(1)"));
        });
        await factory.AddArticleAsync("Pembuka Cache Ringkasan", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);

        var page = await _reader.GetDocumentAsync(await factory.UrlOfAsync("Ringkasan Dengan Alamat Asli"));
        Assert.Contains("Hanya ringkasan berita ini yang tersedia", page.QuerySelector(".summary-only-notice")!.Text());
        Assert.Equal("https://www.tempo.co/internasional/ringkasan-123", page.QuerySelector(".original-link a")!.GetAttribute("href"));
        // Prominent, named by its site, before the notice; and not a dead end: stories of its kanal to read next.
        Assert.Equal("Baca selengkapnya di tempo.co", page.QuerySelector(".original-link a")!.Text());
        Assert.Equal("original-link", page.QuerySelector(".article-summary-only > p:not(.story-deck)")!.ClassName);
        Assert.NotEmpty(page.QuerySelectorAll("section.related .story-item"));

        var odd = await _reader.GetDocumentAsync(await factory.UrlOfAsync("Ringkasan Dengan Alamat Aneh"));
        Assert.NotNull(odd.QuerySelector(".summary-only-notice"));
        Assert.Null(odd.QuerySelector(".original-link"));
        Assert.DoesNotContain("javascript:", odd.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task NotFound_OffersSearchMostReadStoriesAndKanal()
    {
        // Its own app: the week's most-read list must hold only what this test reads.
        using var app = new TempoAppFactory();
        var ids = new List<int>();
        for (var i = 1; i <= 6; i++)
            ids.Add((await app.AddArticleAsync($"Hilang Terbaca {i}", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime)).Id);
        await app.WithDbAsync(async db =>
        {
            var hour = app.Clock.GetUtcNow().UtcDateTime.Date;
            for (var i = 0; i < ids.Count; i++) db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = ids[i], HourUtc = hour.AddHours(-1), Views = 100 + i });
            return await db.SaveChangesAsync();
        });

        using var response = await app.CreateReaderClient().GetAsync("/tidak-ada/halaman-yang-hilang-999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);

        Assert.NotNull(page.QuerySelector(".error-page form[role=search][action='/search'] input[name=q]"));
        Assert.Equal("Terpopuler", page.QuerySelector("#suggestions-heading")!.Text());
        Assert.Equal(["Hilang Terbaca 6", "Hilang Terbaca 5", "Hilang Terbaca 4", "Hilang Terbaca 3", "Hilang Terbaca 2"],
            page.QuerySelectorAll(".not-found-stories .story-title a").Select(a => a.Text()));
        Assert.Contains(page.QuerySelectorAll(".not-found-kanal a"), a => a.GetAttribute("href") == "/internasional");
    }
}
