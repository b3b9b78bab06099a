using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// Issue 22: an embed asks nothing of its provider until the reader clicks; then the provider's frame loads, and the
/// CSP still refuses a frame from anywhere else. Every request the page makes is recorded; those leaving the app are
/// answered by the test (no test reaches the internet), after being counted.
/// </summary>
public class EmbedJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>Written through the editor form of a second app on the same database.</summary>
    private async Task PublishAsync(string title, string body)
    {
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = body;
        await (await newsroom.LoginAsNewAsync(StaffRoles.Editor)).CreateArticleAsync(fields);
    }

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://x.com/tempodotco/status/1789012345678901234", "https://platform.twitter.com/embed/Tweet.html?id=1789012345678901234&dnt=true")]
    [InlineData("https://www.instagram.com/p/C1a2B3c4D5e/", "https://www.instagram.com/p/C1a2B3c4D5e/embed/")]
    public async Task Embed_RequestsNothingFromTheProviderUntilClicked_ThenShowsItsFrame_AndOtherFramesStayRefused(string link, string frame)
    {
        var title = "Sematan " + new Uri(link).Host + " " + Guid.NewGuid().ToString("N")[..6];
        await PublishAsync(title, $"TEMPO.CO, Jakarta - Paragraf pembuka.\n\n{link}\n\nParagraf penutup.");

        var (page, consoleErrors) = await session.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync(url => !url.StartsWith(session.BaseUrl, StringComparison.Ordinal), route =>
            route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>Penyedia</title><p>Bingkai penyedia</p>" }));

        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var facade = page.Locator("figure.embed a.embed-facade");
        await Expect(facade).ToBeVisibleAsync();
        Assert.All(requests, url => Assert.StartsWith(session.BaseUrl, url));
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        await BrowserSession.ScreenshotAsync(page, "embed-facade-" + new Uri(link).Host);

        await facade.ClickAsync();
        var iframe = page.Locator("figure.embed iframe.embed-frame");
        await Expect(iframe).ToHaveAttributeAsync("src", frame);
        await Expect(page.FrameLocator("figure.embed iframe").Locator("p")).ToHaveTextAsync("Bingkai penyedia");
        Assert.Contains(frame, requests);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));

        var refused = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              document.addEventListener("securitypolicyviolation", e => resolve(e.effectiveDirective + " " + e.blockedURI), { once: true });
              const frame = document.createElement("iframe");
              frame.src = "https://evil.example/tonton";
              document.body.appendChild(frame);
            })
            """);
        // Chromium reports only the origin of a cross-origin address it refused.
        Assert.Equal("frame-src https://evil.example", refused);
        Assert.DoesNotContain(requests, url => url.Contains("evil.example"));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task StoryWithEveryEmbedAndFurniture_RequestsOnlyTheSite_AndIsAccessible(int width)
    {
        var title = $"Perabot Dan Sematan {width} " + Guid.NewGuid().ToString("N")[..6];
        await PublishAsync(title, StoryFixtures.EmbedsAndFurniture);
        var (page, consoleErrors) = await session.NewPageAsync(width: width);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("a.embed-facade")).ToHaveCountAsync(6);
        Assert.All(requests, url => Assert.StartsWith(session.BaseUrl, url));
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        // Nothing is wider than the screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await BrowserSession.ScreenshotAsync(page, $"story-furniture-{width}");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }
}
