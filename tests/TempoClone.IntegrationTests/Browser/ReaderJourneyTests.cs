using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.Web.Data;
using TempoClone.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

public class ReaderJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Reader_GoesFromHomeToArticleToRelatedStoryToEditorsPick()
    {
        var (page, consoleErrors) = await session.NewPageAsync();

        await page.GotoAsync(session.BaseUrl + "/");
        await BrowserSession.ScreenshotAsync(page, "home");
        await page.Locator("section.headline h2 a").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedArticle.Title);
        await Expect(page.Locator(".dateline time")).ToHaveTextAsync("Kamis, 31 Agustus 2023 17:06 WIB");
        await Expect(page.Locator("figcaption .credit")).ToHaveTextAsync("KCNA melalui REUTERS");
        await BrowserSession.ScreenshotAsync(page, "article");

        await page.Locator("section.related").GetByRole(AriaRole.Link, new() { Name = SeedArticle.FirstRelatedTitle }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedArticle.FirstRelatedTitle);
        await Expect(page.Locator(".article-summary-only .story-deck")).ToHaveTextAsync(SeedArticle.FirstRelatedSummary);
        await BrowserSession.ScreenshotAsync(page, "related");

        await page.GoBackAsync();
        await page.Locator(".editors-pick a").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedArticle.PickTitle);
        await BrowserSession.ScreenshotAsync(page, "pick");

        Assert.Empty(consoleErrors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(null)]
    public async Task DarkMode_FollowsTheSystemAndKeepsContrast(string? path)
    {
        var (page, _) = await session.NewPageAsync(ColorScheme.Dark);
        await page.GotoAsync(session.BaseUrl + (path ?? await session.App.UrlOfAsync(SeedArticle.Title)));

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(21, 21, 21)", background);
        var results = await page.RunAxe();
        Assert.Empty(results.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        await BrowserSession.ScreenshotAsync(page, "dark-" + (path is null ? "article" : "home"));
    }

    [Fact]
    public async Task Print_HidesNavigationAndKeepsTheStory()
    {
        var (page, _) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(SeedArticle.Title));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("header.masthead")).ToBeHiddenAsync();
        await Expect(page.Locator("section.related")).ToBeHiddenAsync();
        await Expect(page.Locator(".article-body")).ToBeVisibleAsync();
    }

    /// <summary>The seed has no tags; give its article one so the tag page has something to show.</summary>
    private Task TagSeedArticleAsync(string tagName) => session.App.WithDbAsync(async db =>
    {
        var article = await db.Articles.Include(a => a.Tags).ThenInclude(t => t.Tag).SingleAsync(a => a.Title == SeedArticle.Title);
        if (article.Tags.Count == 0)
        {
            article.SetTags([await db.TagNamedAsync(tagName)]);
            await db.SaveChangesAsync();
        }
        return article.Id;
    });

    [Fact]
    public async Task Reader_UsesSkipLinkFromKeyboard()
    {
        var (page, _) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        // The fragment is set after the key's default action, a moment later on a busy machine.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#konten$"));

        Assert.EndsWith("#konten", page.Url);
    }

    [Theory]
    [InlineData("home", "/")]
    [InlineData("article", null)]
    [InlineData("kanal", "/internasional")]
    [InlineData("not-found", "/tidak-ada/halaman-ini-999999")]
    [InlineData("reporter", "/penulis/tempo-co")]
    [InlineData("search", "/search?q=korea+utara")]
    [InlineData("indeks", "/indeks")]
    [InlineData("tag", "/tag/korea-utara")]
    public async Task Axe_ReaderPage_HasNoViolations(string name, string? path)
    {
        await TagSeedArticleAsync("Korea Utara");
        var (page, consoleErrors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + (path ?? await session.App.UrlOfAsync(SeedArticle.Title)));

        var results = await page.RunAxe();

        // Reader pages: no violation of any impact, not just the serious ones.
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
        Assert.Empty(violations);
        await BrowserSession.ScreenshotAsync(page, "axe-" + name);
        // The 404 page logs its own status as a console error; nothing else may.
        Assert.DoesNotContain(consoleErrors, e => !e.Contains("404"));
    }
}
