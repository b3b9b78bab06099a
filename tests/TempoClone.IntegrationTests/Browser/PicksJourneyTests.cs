using Microsoft.Playwright;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Issue 21: Pilihan Editor found by typing part of a title (the lookup of related stories) and reordered in place.</summary>
public class PicksJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Editor_AddsPicksBySearch_AndMovesOneDown_WithoutAReload()
    {
        var now = session.App.Clock.GetUtcNow().UtcDateTime;
        var unique = Guid.NewGuid().ToString("N")[..6];
        var first = $"Petani Garam Panen Raya {unique}";
        var second = $"Nelayan Pulang Membawa Tuna {unique}";
        await session.App.AddArticleAsync(first, ArticleStatus.Published, now.AddHours(-2));
        await session.App.AddArticleAsync(second, ArticleStatus.Published, now.AddHours(-1));
        var (page, errors) = await session.NewPageAsync(width: 1366, height: 768);
        await page.GotoAsync(session.BaseUrl + "/editor/picks");
        await BrowserSession.SignInAsync(page);

        foreach (var title in new[] { first, second })
        {
            // Lower case and the last word cut short: the lookup finds the starts of words in any case.
            await page.GetByLabel("Berita (ID atau judul; ketik untuk mencari)").FillAsync(title[..^2].ToLowerInvariant());
            await page.Locator(".story-lookup-results").GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah", Exact = true }).ClickAsync();
            await Expect(page.Locator("ol.pick-list")).ToContainTextAsync(title);
        }
        var titles = page.Locator("ol.pick-list .pick-title");
        await page.EvaluateAsync("() => document.body.dataset.sameDocument = 'ya'");

        await page.GetByRole(AriaRole.Button, new() { Name = "Turun " + first }).ClickAsync();

        await Expect(titles.Nth(0)).ToContainTextAsync(second);
        await Expect(titles.Nth(1)).ToContainTextAsync(first);
        await Expect(page.Locator(".picks-status")).ToContainTextAsync(first + " dipindah ke urutan 2");
        Assert.Equal("ya", await page.EvaluateAsync<string?>("() => document.body.dataset.sameDocument"));
        await page.ReloadAsync();
        await Expect(titles.Nth(0)).ToContainTextAsync(second);
        Assert.Empty(errors);
    }
}
