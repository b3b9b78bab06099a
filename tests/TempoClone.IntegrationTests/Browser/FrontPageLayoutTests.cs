using Microsoft.Playwright;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// The home page as a phone reader scans it (390 × 844): the lead and four more headlines on the first screen, the
/// kanal strip without opening the menu, Terpopuler within three screens, a search box that shows its placeholder.
/// Its own app, so the stories on the front are the realistic ones written here.
/// </summary>
public class FrontPageLayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const int PhoneWidth = 390, PhoneHeight = 844;

    // Headlines of the length a national news site writes (60 to 80 characters), in our own words.
    private static readonly (string Title, string Kanal)[] Stories =
    [
        ("Pemerintah Umumkan Jadwal Baru Penerimaan Calon Aparatur Sipil Negara", "Nasional"),
        ("Harga Cabai Rawit di Pasar Induk Turun Setelah Panen Raya di Jawa Timur", "Ekonomi"),
        ("Tim Nasional Muda Menang Tipis atas Tuan Rumah dalam Laga Uji Coba", "Sepak Bola"),
        ("Warga Pesisir Utara Mulai Membersihkan Rumah Setelah Banjir Rob Surut", "Metro"),
        ("Bank Sentral Menahan Suku Bunga Acuan untuk Bulan Ketiga Berturut-turut", "Ekonomi"),
        ("Parlemen Eropa Setujui Aturan Baru tentang Kecerdasan Buatan di Tempat Kerja", "Internasional"),
        ("Museum Kota Tua Buka Pameran Foto Perjalanan Kereta Api Zaman Kolonial", "Metro"),
        ("Peneliti Kampus Negeri Temukan Spesies Katak Baru di Hutan Sulawesi Tengah", "Sains"),
        ("Pelabuhan Penyeberangan Siapkan Kapal Tambahan Menjelang Libur Akhir Tahun", "Nasional"),
    ];

    private const string LeadTitle = "Gelombang Pasang Rusak Tanggul Laut di Tiga Kecamatan Pesisir Utara Jawa";

    private async Task SeedFrontAsync()
    {
        var now = session.App.Clock.GetUtcNow().UtcDateTime;
        if (await session.App.WithDbAsync(db => Task.FromResult(db.Articles.Any(a => a.Title == LeadTitle)))) return;
        for (var i = 0; i < Stories.Length; i++)
        {
            var story = await session.App.AddArticleAsync(Stories[i].Title, ArticleStatus.Published, now.AddMinutes(-20 - i), kanal: Stories[i].Kanal);
            await session.App.AddLeadPhotoAsync(story.Id);
            if (i < 5) await AddViewsAsync(story.Id, 1_000 - i);
        }
        var lead = await session.App.AddArticleAsync(LeadTitle, ArticleStatus.Published, now.AddMinutes(-5), kanal: "Nasional");
        await session.App.AddLeadPhotoAsync(lead.Id, "Tanggul laut yang jebol diterjang gelombang");
    }

    private Task<int> AddViewsAsync(int articleId, int views) => session.App.WithDbAsync(async db =>
    {
        db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = articleId, HourUtc = session.App.Clock.GetUtcNow().UtcDateTime.AddHours(-1), Views = views });
        return await db.SaveChangesAsync();
    });

    private async Task<IPage> OpenPhoneHomeAsync(ColorScheme scheme = ColorScheme.Light)
    {
        await SeedFrontAsync();
        var (page, _) = await session.NewPageAsync(scheme, PhoneWidth, PhoneHeight);
        await page.GotoAsync(session.BaseUrl + "/");
        return page;
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Phone_FirstScreenHoldsTheLeadAndFourMoreHeadlines(ColorScheme scheme)
    {
        var page = await OpenPhoneHomeAsync(scheme);

        await Expect(page.Locator(".lead-story .story-title")).ToHaveTextAsync(LeadTitle);
        var lead = (await page.Locator(".lead-story").BoundingBoxAsync())!;
        Assert.True(lead.Y + lead.Height <= PhoneHeight, $"the lead ends at {lead.Y + lead.Height}px");
        var titles = page.Locator(".home-main .story-list .story-title");
        var whole = 0;
        for (var i = 0; i < await titles.CountAsync(); i++)
        {
            var box = (await titles.Nth(i).BoundingBoxAsync())!;
            if (box.Y + box.Height <= PhoneHeight) whole++;
        }
        await BrowserSession.ScreenshotAsync(page, $"front-phone-{scheme.ToString().ToLowerInvariant()}");
        Assert.True(whole >= 4, $"only {whole} more headlines end on the first {PhoneHeight}px screen");
    }

    [Fact]
    public async Task Phone_TerpopulerStartsWithinTheFirstThreeScreens()
    {
        var page = await OpenPhoneHomeAsync();

        var heading = page.Locator("#terpopuler-heading");
        await Expect(heading).ToBeAttachedAsync();
        var box = (await heading.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 3 * PhoneHeight, $"Terpopuler's heading is at {box.Y}px");
    }

    [Fact]
    public async Task Phone_KanalStripScrollsSidewaysInsideItself_NotThePage()
    {
        var page = await OpenPhoneHomeAsync();

        var strip = page.Locator("nav.kanal-strip");
        await Expect(strip.Locator("a[href='/nasional']")).ToBeVisibleAsync();
        await Expect(page.Locator("details.kanal-menu")).Not.ToHaveAttributeAsync("open", "");
        var widths = await strip.EvaluateAsync<int[]>("s => [s.scrollWidth, s.clientWidth]");
        Assert.True(widths[0] > widths[1], "this many kanal overflow the strip, which scrolls");
        await strip.EvaluateAsync("s => s.scrollLeft = s.scrollWidth");
        await Expect(strip.Locator("a[href='/indeks']")).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the page scrolls sideways");
    }

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(PhoneWidth, PhoneHeight)]
    public async Task KanalFront_HasALeadWithPhotoThenTheList_AndARail(int width, int height)
    {
        await SeedFrontAsync();
        var (page, _) = await session.NewPageAsync(ColorScheme.Light, width, height);
        await page.GotoAsync(session.BaseUrl + "/ekonomi");

        var lead = page.Locator(".kanal-lead .lead-story");
        await Expect(lead.Locator("h2")).ToHaveTextAsync(Stories[1].Title);
        await Expect(lead.Locator("img")).ToBeVisibleAsync();
        await Expect(page.Locator(".section-main .story-list .story-title").First).ToHaveTextAsync(Stories[4].Title);
        var rail = page.Locator("aside.section-rail");
        await Expect(rail.Locator(".most-read-list .story-title").First).ToHaveTextAsync(Stories[1].Title);
        var leadBox = (await lead.BoundingBoxAsync())!;
        var railBox = (await rail.BoundingBoxAsync())!;
        if (width >= 1024)
            Assert.True(railBox.X >= leadBox.X + leadBox.Width && railBox.Y < leadBox.Y + leadBox.Height, "on a laptop the rail stands beside the lead");
        else
            Assert.True(leadBox.Y + leadBox.Height <= height, $"the lead ends at {leadBox.Y + leadBox.Height}px, below the first phone screen");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, "the page scrolls sideways");
        await BrowserSession.ScreenshotAsync(page, $"kanal-front-{width}");
    }

    [Fact]
    public async Task Phone_SearchBoxShowsItsWholePlaceholder()
    {
        var page = await OpenPhoneHomeAsync();

        // The placeholder's width in the box's own font, against the room inside its padding.
        var room = await page.Locator("#site-search-q").EvaluateAsync<double[]>("""
            input => {
                const style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d');
                context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return [context.measureText(input.placeholder).width, inner];
            }
            """);
        Assert.True(room[0] <= room[1], $"the placeholder needs {room[0]}px, the box has {room[1]}px");
        // ... and not by cutting the site's name short.
        var brand = await page.Locator("header.masthead .brand").EvaluateAsync<int[]>("b => [b.scrollWidth, b.clientWidth]");
        Assert.True(brand[0] <= brand[1], $"the site's name needs {brand[0]}px, it has {brand[1]}px");
    }
}
