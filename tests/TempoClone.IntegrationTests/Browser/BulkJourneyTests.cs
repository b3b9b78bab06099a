using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Issue 21: three stories withdrawn from the list at once ("Pilih semua", confirm), then put back with Urungkan.</summary>
public class BulkJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Editor_WithdrawsThreeStoriesAtOnce_ThenUndoes()
    {
        var now = session.App.Clock.GetUtcNow().UtcDateTime;
        var token = "massal" + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<int>();
        foreach (var (title, hours) in new[] { ("Jembatan Gantung Diresmikan", 3), ("Pasar Malam Dibuka Lagi", 2), ("Stasiun Baru Mulai Beroperasi", 1) })
            ids.Add((await session.App.AddArticleAsync($"{title} {token}", ArticleStatus.Published, now.AddHours(-hours))).Id);
        var (page, errors) = await session.NewPageAsync(width: 1366, height: 768);
        await page.GotoAsync(session.BaseUrl + "/editor?q=" + token);
        await BrowserSession.SignInAsync(page);
        await Expect(page.Locator("table.data-table tbody tr")).ToHaveCountAsync(3);

        await page.GetByLabel("Pilih semua").CheckAsync();
        await page.GetByLabel("Untuk berita yang dicentang").SelectOptionAsync(new SelectOptionValue { Label = "Tarik dari situs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjutkan…" }).ClickAsync();
        await Expect(page.Locator("#confirm-question")).ToHaveTextAsync("Tarik 3 berita dari situs?");
        await Expect(page.Locator(".bulk-stories li")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, tarik 3 berita dari situs" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToContainTextAsync("3 berita ditarik dari situs.");
        Assert.All(await StatusesAsync(ids), s => Assert.Equal(ArticleStatus.Unpublished, s));
        await page.GetByRole(AriaRole.Button, new() { Name = "Urungkan" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToContainTextAsync("3 berita kembali seperti sebelumnya");
        Assert.All(await StatusesAsync(ids), s => Assert.Equal(ArticleStatus.Published, s));
        Assert.Empty(errors);
    }

    private Task<List<ArticleStatus>> StatusesAsync(List<int> ids) =>
        session.App.WithDbAsync(db => db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Status).ToListAsync());
}
