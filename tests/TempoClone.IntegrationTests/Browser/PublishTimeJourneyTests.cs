using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Publish times that never surprise, as an editor clicks them in Chromium.</summary>
public class PublishTimeJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private DateTime Now => session.App.Clock.GetUtcNow().UtcDateTime;

    private async Task<IPage> EditFormAsync(int id)
    {
        var (page, _) = await session.NewPageAsync(width: 1366, height: 768);
        await page.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{id}");
        await BrowserSession.SignInAsync(page);
        await Expect(page.Locator("form.article-form")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task FutureTimeOnALiveStory_KeepsItLive_UntilJadwalkanUlangIsConfirmed()
    {
        var title = Unique("Jembatan Gantung Diresmikan");
        var article = await session.App.AddArticleAsync(title, ArticleStatus.Published, Now.AddHours(-1));
        var url = await session.App.UrlOfAsync(title);
        var page = await EditFormAsync(article.Id);

        await page.GetByLabel("Waktu terbit (WIB)").FillAsync(JakartaTime.TypedTime(Now.AddHours(3)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();

        await Expect(page.Locator(".form-errors")).ToContainTextAsync("sedang tampil di situs");
        var reader = (await session.NewPageAsync()).Page;
        Assert.Equal(200, (await reader.GotoAsync(session.BaseUrl + url))!.Status);

        await page.GetByLabel("Jadwalkan ulang: tarik dari situs sampai waktu terbit ini").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Dijadwalkan");
        // A new reader each time: a browser keeps a page it was told it may (Cache-Control) for a few seconds.
        await Eventually.HoldsAsync(async () => (await (await session.NewPageAsync()).Page.GotoAsync(session.BaseUrl + url))!.Status == 404, "the rescheduled story off the site until its new time");
    }

    [Fact]
    public async Task WithdrawnStoryFrom2023_PublishedAgain_KeepsIts2023Date()
    {
        var title = Unique("Arsip Pemilu Daerah");
        var first = new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc);
        var article = await session.App.AddArticleAsync(title, ArticleStatus.Unpublished, first);
        await session.App.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.FirstPublishedAtUtc, first)));
        var page = await EditFormAsync(article.Id);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Terbit");

        var reader = (await session.NewPageAsync()).Page;
        await reader.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        await Expect(reader.Locator(".dateline time")).ToHaveTextAsync("Kamis, 31 Agustus 2023 17:06 WIB");
    }
}
