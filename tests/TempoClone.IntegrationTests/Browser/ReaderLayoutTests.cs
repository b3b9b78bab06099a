using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>What a reader sees on a 390-px phone and a 1366-px laptop: screenshots of every page type, and the layout checks a browser can make.</summary>
public class ReaderLayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const int PhoneWidth = 390, PhoneHeight = 844, LaptopWidth = 1366, LaptopHeight = 900;
    private const string PhotoTitle = "Tata Letak Berita Bergambar";

    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "/" },
        { "article-photo", "photo" },
        { "article-no-photo", "seed" },
        { "kanal", "/internasional" },
        { "kanal-front", "kanal-photo" },
        { "penulis", "/penulis/tempo-co" },
        { "search", "/search?q=rusia" },
        { "indeks", "/indeks" },
        { "not-found", "/tidak-ada/halaman-ini-999999" },
        { "ralat", "/ralat" },
        { "redaksi", "/redaksi" },
        { "pedoman-media-siber", "/pedoman-media-siber" },
        { "kontak", "/kontak" },
        { "tentang-kami", "/tentang-kami" },
        { "kebijakan-privasi", "/kebijakan-privasi" },
    };

    /// <summary>"photo": a full story with a real image file and a correction; "seed": the seed story (caption, no image); "kanal-photo": its kanal's front, led by it.</summary>
    private async Task<string> PathOfAsync(string path) => path switch
    {
        "photo" => await PhotoArticleAsync(),
        "seed" => await session.App.UrlOfAsync(SeedArticle.Title),
        "kanal-photo" => await PhotoArticleAsync() is { } ? "/internasional" : "",
        _ => path,
    };

    private async Task<string> PhotoArticleAsync()
    {
        await session.App.WithDbAsync(async db =>
        {
            if (await db.Articles.AnyAsync(a => a.Title == PhotoTitle)) return 0;
            var article = await session.App.AddArticleAsync(PhotoTitle, ArticleStatus.Published, session.App.Clock.GetUtcNow().UtcDateTime.AddMinutes(-30),
                body: "TEMPO.CO, Jakarta - Paragraf pembuka berita bergambar untuk uji tata letak.\n\n" +
                      string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"Paragraf {i} menjelaskan duduk perkara dengan kalimat yang cukup panjang agar halaman terasa seperti berita sungguhan.")));
            await session.App.AddLeadPhotoAsync(article.Id);
            db.Corrections.Add(new Correction { ArticleId = article.Id, Text = "Sebelumnya tertulis Senin; yang benar Selasa", AddedAtUtc = session.App.Clock.GetUtcNow().UtcDateTime, AddedBy = "editor@tempoclone.test" });
            // The home page's Pilihan Editor, which the rail shows: the editors' own list (the seed no longer fills it).
            var seed = await db.Articles.SingleAsync(a => a.Title == SeedArticle.Title);
            db.HomePicks.Add(new HomePick { ArticleId = seed.Id, Position = 0 });
            return await db.SaveChangesAsync();
        });
        await session.App.AddArticleAsync($"Pembuka Cache Tata Letak {Guid.NewGuid():N}", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);
        return await session.App.UrlOfAsync(PhotoTitle);
    }

    private async Task<IPage> OpenAsync(string path, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var (page, _) = await session.NewPageAsync(scheme, width, height);
        await page.GotoAsync(session.BaseUrl + await PathOfAsync(path));
        return page;
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Phone_PageFitsTheScreenUnderACompactMasthead(string name, string path)
    {
        var page = await OpenAsync(path, PhoneWidth, PhoneHeight);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {PhoneWidth}px");
        var masthead = (await page.Locator("header.masthead").BoundingBoxAsync())!;
        Assert.True(masthead.Height <= 56, $"masthead is {masthead.Height}px tall on {name}");
        await Expect(page.Locator("header.masthead .brand")).ToBeVisibleAsync();
        await Expect(page.Locator("header.masthead summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#site-search-q")).ToBeVisibleAsync();
        await Expect(page.Locator("nav.kanal-bar")).ToBeHiddenAsync();
        // The kanal strip: visible under the masthead without opening the menu, scrolling inside itself only.
        await Expect(page.Locator("nav.kanal-strip a[href='/internasional']")).ToBeVisibleAsync();
        var strip = (await page.Locator("nav.kanal-strip").BoundingBoxAsync())!;
        Assert.True(strip.Y >= masthead.Y + masthead.Height - 1 && strip.Height <= 48, $"the kanal strip at y={strip.Y}, {strip.Height}px tall, on {name}");
        await BrowserSession.ScreenshotAsync(page, $"layout-{name}-{PhoneWidth}");
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Laptop_PageFitsAndShowsTheKanalBar(string name, string path)
    {
        var page = await OpenAsync(path, LaptopWidth, LaptopHeight);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {LaptopWidth}px");
        await Expect(page.Locator("nav.kanal-bar")).ToBeVisibleAsync();
        await Expect(page.Locator("details.kanal-menu")).ToBeHiddenAsync();
        await Expect(page.Locator("nav.kanal-strip")).ToBeHiddenAsync();
        await BrowserSession.ScreenshotAsync(page, $"layout-{name}-{LaptopWidth}");
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("seed")]
    public async Task Phone_ArticleStartsOnTheFirstScreen(string path)
    {
        var page = await OpenAsync(path, PhoneWidth, PhoneHeight);

        var first = (await page.Locator(".article-body p").First.BoundingBoxAsync())!;
        Assert.True(first.Y + 24 <= PhoneHeight, $"the first paragraph starts at {first.Y}px, below the first screen");
    }

    [Fact]
    public async Task Phone_MastheadStaysOnTopAndTheKanalMenuOpensWithoutScript()
    {
        var (page, consoleErrors) = await session.NewPageAsync(ColorScheme.Light, PhoneWidth, PhoneHeight);
        await page.GotoAsync(session.BaseUrl + await PathOfAsync("photo"));

        await page.Mouse.WheelAsync(0, 1500);
        await page.WaitForFunctionAsync("window.scrollY > 1000");
        Assert.Equal(0, (await page.Locator("header.masthead").BoundingBoxAsync())!.Y, 1);

        var menuLink = page.Locator("details.kanal-menu nav a[href='/internasional']");
        await Expect(menuLink).ToBeHiddenAsync();
        await page.Locator("details.kanal-menu summary").ClickAsync();
        await Expect(menuLink).ToBeVisibleAsync();
        Assert.True((await page.Locator("header.masthead").BoundingBoxAsync())!.Height <= 56, "the open menu must overlay, not grow the masthead");
        await BrowserSession.ScreenshotAsync(page, "layout-kanal-menu-open-390");
        await menuLink.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Internasional");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Laptop_RailSitsBesideTheBodyWhichKeepsItsReadingWidth()
    {
        var page = await OpenAsync("photo", LaptopWidth, LaptopHeight);

        var body = (await page.Locator(".article-body").BoundingBoxAsync())!;
        var rail = (await page.Locator("aside.article-rail").BoundingBoxAsync())!;
        Assert.True(rail.X >= body.X + body.Width, $"rail at x={rail.X}, body ends at {body.X + body.Width}");
        Assert.True(rail.Y < body.Y + body.Height && rail.Y + rail.Height > body.Y, "rail and body must share rows");
        Assert.InRange(body.Width, 560, 42 * 16 + 1);
        await Expect(page.Locator("aside.article-rail h2", new() { HasText = "Pilihan Editor" })).ToBeVisibleAsync();
        await Expect(page.Locator("article.article .corrections")).ToContainTextAsync("Sebelumnya tertulis Senin; yang benar Selasa");
    }

    [Fact]
    public async Task Laptop_TerpopulerRanksStandInTheirOwnColumn()
    {
        // A title long enough to wrap over three lines in the rail.
        var article = await session.App.AddArticleAsync("Terpopuler: Judul Sangat Panjang Tentang Banjir Rob Yang Merendam Permukiman Warga Pesisir Utara Selama Tiga Hari",
            ArticleStatus.Published, session.App.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        await session.App.WithDbAsync(async db =>
        {
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = article.Id, HourUtc = session.App.Clock.GetUtcNow().UtcDateTime.AddHours(-1), Views = 900_000 });
            return await db.SaveChangesAsync();
        });
        await session.App.AddArticleAsync($"Pembuka Cache Terpopuler {Guid.NewGuid():N}", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);

        var page = await OpenAsync("seed", LaptopWidth, LaptopHeight);

        var item = page.Locator("aside.article-rail .most-read-list .story-item").First;
        await Expect(item).ToContainTextAsync("Judul Sangat Panjang");
        var row = (await item.BoundingBoxAsync())!;
        var text = (await item.Locator(".story-card").BoundingBoxAsync())!;
        Assert.True(text.X >= row.X + 20, $"the title starts at x={text.X}, its row at x={row.X}: the rank has no column");
        Assert.True(text.Height > 40, "the title wraps over several lines");
    }

    [Fact]
    public async Task Phone_BeritaTerkaitStaysWithinTwoScreens()
    {
        var page = await OpenAsync("seed", PhoneWidth, PhoneHeight);

        var related = (await page.Locator("section.related").BoundingBoxAsync())!;
        Assert.True(related.Height <= 2 * PhoneHeight, $"Berita terkait is {related.Height}px tall");
        Assert.Equal(10, await page.Locator("section.related li").CountAsync());
    }

    [Fact]
    public async Task Phone_SearchFiltersAreFoldedUnderTheBoxAndStackInOneColumnWhenOpened()
    {
        var page = await OpenAsync("/search?q=rusia", PhoneWidth, PhoneHeight);

        // Folded: the results start right under the search box.
        await Expect(page.Locator("#kanal")).Not.ToBeVisibleAsync();
        await page.Locator("form.search-form summary").ClickAsync();
        await Expect(page.Locator("#kanal")).ToBeVisibleAsync();
        var fields = page.Locator("form.search-form .field");
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < await fields.CountAsync(); i++) boxes.Add((await fields.Nth(i).BoundingBoxAsync())!);
        Assert.Equal(4, boxes.Count);
        Assert.All(boxes, b => Assert.Equal(boxes[0].X, b.X, 1));
        Assert.All(boxes.Zip(boxes.Skip(1)), pair => Assert.True(pair.Second.Y >= pair.First.Y + pair.First.Height));
        await page.Locator("#dari").FillAsync("31/08/2023");
        await page.Locator("form.search-form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".search-results-list h2 a", new() { HasText = SeedArticle.Title })).ToBeVisibleAsync();
        // A filter in use keeps them open.
        await Expect(page.Locator("#dari")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Laptop_SearchFiltersAreShownInOneRow()
    {
        var page = await OpenAsync("/search?q=rusia", 1366, 768);

        await Expect(page.Locator("form.search-form summary")).Not.ToBeVisibleAsync();
        var query = (await page.Locator("#q").BoundingBoxAsync())!;
        var kanal = (await page.Locator("#kanal").BoundingBoxAsync())!;
        Assert.True(kanal.X > query.X, "the kanal filter stands beside the search box");
        Assert.Equal(query.Y + query.Height, kanal.Y + kanal.Height, 2);
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Axe_EveryPageType_HasNoViolationsInLightAndDark(string name, string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { PhoneWidth, LaptopWidth })
            {
                var page = await OpenAsync(path, width, LaptopHeight, scheme);
                var results = await page.RunAxe();
                var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
                Assert.True(!violations.Any(), $"{name} {scheme} {width}px: {string.Join("; ", violations)}");
                if (scheme == ColorScheme.Dark && width == PhoneWidth) await BrowserSession.ScreenshotAsync(page, $"layout-{name}-dark-{width}");
                await page.CloseAsync();
            }
        }
    }
}
