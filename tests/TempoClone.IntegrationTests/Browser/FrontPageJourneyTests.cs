using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Halaman depan as an editor clicks it: the headline chosen by search, reordering in the page, the bar and its end.</summary>
public class FrontPageJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private DateTime Now => session.App.Clock.GetUtcNow().UtcDateTime;

    private async Task<IPage> FrontPageAsync(int width = 1366, int height = 768)
    {
        var (page, _) = await session.NewPageAsync(width: width, height: height);
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page);
        // On a phone the menu is one button that opens the links.
        if (await page.Locator("details.editor-menu > summary").IsVisibleAsync()) await page.Locator("details.editor-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Halaman depan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Halaman depan");
        return page;
    }

    [Fact]
    public async Task Editor_SetsTheHeadlineBySearch_PublishesANewerStory_AndTheHeadlineStays()
    {
        var flood = Unique("Banjir Rob Merendam Pesisir Utara");
        var floodId = (await session.App.AddArticleAsync(flood, ArticleStatus.Published, Now.AddHours(-3))).Id;
        var page = await FrontPageAsync();

        var utama = page.GetByLabel("Berita (ID atau judul; ketik untuk mencari)").First;
        await utama.FillAsync(flood[..20]);
        await page.Locator(".story-lookup-results").First.GetByRole(AriaRole.Button, new() { Name = flood }).ClickAsync();
        await Expect(utama).ToHaveValueAsync($"{floodId} · {flood}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan halaman depan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Halaman depan disimpan");
        await Expect(page.Locator(".preview-headline")).ToContainTextAsync(flood);

        var newer = Unique("Harga Cabai Turun Di Pasar Induk");
        await session.App.AddArticleAsync(newer, ArticleStatus.Published, Now);

        var reader = await session.NewPageAsync();
        await reader.Page.GotoAsync(session.BaseUrl + "/");
        await Expect(reader.Page.Locator("#headline-title")).ToHaveTextAsync(flood);
        await Expect(reader.Page.Locator("section.headline")).ToContainTextAsync(newer);
    }

    [Fact]
    public async Task SlotEndTime_Passes_AndTheNewestStoryFillsTheHeadline()
    {
        var pinned = Unique("Sidang Paripurna Membahas Anggaran");
        var pinnedId = (await session.App.AddArticleAsync(pinned, ArticleStatus.Published, Now.AddHours(-2))).Id;
        var page = await FrontPageAsync();

        await page.GetByLabel("Berita (ID atau judul; ketik untuk mencari)").First.FillAsync(pinnedId.ToString());
        await page.GetByLabel("Berakhir (WIB, boleh kosong)").First.FillAsync(JakartaTime.TypedTime(Now.AddMinutes(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan halaman depan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Halaman depan disimpan");

        var reader = (await session.NewPageAsync()).Page;
        await reader.GotoAsync(session.BaseUrl + "/");
        await Expect(reader.Locator("#headline-title")).ToHaveTextAsync(pinned);

        session.App.Clock.Advance(TimeSpan.FromMinutes(31));
        var newest = Unique("Gempa Kecil Di Pesisir Selatan");
        await session.App.AddArticleAsync(newest, ArticleStatus.Published, Now);

        await Eventually.HoldsAsync(async () =>
        {
            await reader.ReloadAsync();
            return await reader.Locator("#headline-title").TextContentAsync() == newest;
        }, "the newest story in the ended headline slot");
        await page.ReloadAsync();
        await Expect(page.Locator(".slot-note").First).ToContainTextAsync("Sudah berakhir");
    }

    [Fact]
    public async Task NaikTurun_MoveTheTypedStories_WithoutAReload()
    {
        var page = await FrontPageAsync();
        var references = page.Locator("input.slot-reference");
        await references.Nth(0).FillAsync("111");
        await references.Nth(1).FillAsync("222");
        await page.EvaluateAsync("() => document.body.dataset.sameDocument = 'ya'");

        await page.GetByRole(AriaRole.Button, new() { Name = "Turun Utama" }).ClickAsync();

        await Expect(references.Nth(0)).ToHaveValueAsync("222");
        await Expect(references.Nth(1)).ToHaveValueAsync("111");
        Assert.Equal("ya", await page.EvaluateAsync<string?>("() => document.body.dataset.sameDocument"));
    }

    [Fact]
    public async Task BreakingBar_Appears_ThenLeavesAtItsEndTime()
    {
        var text = Unique("Kereta Anjlok Di Lintas Selatan");
        var page = await FrontPageAsync();
        await page.GetByLabel("Label").SelectOptionAsync("Breaking news");
        await page.GetByLabel("Teks").FillAsync(text);
        await page.GetByLabel("Berakhir (WIB)", new() { Exact = true }).FillAsync(JakartaTime.TypedTime(Now.AddMinutes(20)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pasang bar" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("tampil di setiap halaman");

        var reader = (await session.NewPageAsync()).Page;
        await reader.GotoAsync(session.BaseUrl + "/indeks");
        await Expect(reader.Locator("aside.breaking-bar")).ToContainTextAsync(text);

        session.App.Clock.Advance(TimeSpan.FromMinutes(21));

        await Eventually.HoldsAsync(async () =>
        {
            await reader.ReloadAsync();
            return await reader.Locator("aside.breaking-bar").CountAsync() == 0;
        }, "the ended bar gone from the reader's page");
        // The form keeps the ended bar's words to put it up again, but not its past end time.
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Teks")).ToHaveValueAsync(text);
        await Expect(page.GetByLabel("Berakhir (WIB)", new() { Exact = true })).ToHaveValueAsync("");
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task FrontPage_HasNoHorizontalScroll(int width, int height)
    {
        var page = await FrontPageAsync(width, height);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await BrowserSession.ScreenshotAsync(page, $"editor-frontpage-{width}");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px at {width} px");
    }
}
