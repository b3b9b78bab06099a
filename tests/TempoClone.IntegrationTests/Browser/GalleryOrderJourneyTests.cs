using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Issue 22: a gallery's photos put in order by dragging them, or with Naik / Turun from the keyboard; the Markdown's lines follow.</summary>
public class GalleryOrderJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Line(string caption, char name) => $"![{caption}](foto:2026/{new string(name, 32)}.jpg \"TEMPO/{caption}\")";

    [Fact]
    public async Task GalleryPhotos_MovedByButtonKeyboardAndDrag_RewriteTheOrderOfTheLines()
    {
        var (page, errors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await BrowserSession.SignInAsync(page);
        var body = page.Locator("#Input_Body");
        await body.FillAsync($"Pengantar.\n\n:::galeri Sehari di Pelabuhan\n{Line("Satu", 'a')}\n\n{Line("Dua", 'b')}\n\n{Line("Tiga", 'c')}\n:::\n\nPenutup.");
        var captions = page.Locator(".gallery-order-item .gallery-order-caption");
        await Expect(captions).ToHaveTextAsync(["Satu", "Dua", "Tiga"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Turun: Satu" }).ClickAsync();
        await Expect(captions).ToHaveTextAsync(["Dua", "Satu", "Tiga"]);
        await AssertLinesInOrderAsync(body, "Dua", "Satu", "Tiga");

        // The focus stays on the moved photo's button: the keyboard moves it on.
        await page.Keyboard.PressAsync("Enter");
        await Expect(captions).ToHaveTextAsync(["Dua", "Tiga", "Satu"]);
        await AssertLinesInOrderAsync(body, "Dua", "Tiga", "Satu");

        await page.Locator(".gallery-order-item").Nth(2).DragToAsync(page.Locator(".gallery-order-item").Nth(0));
        await Expect(captions).ToHaveTextAsync(["Satu", "Dua", "Tiga"]);
        await AssertLinesInOrderAsync(body, "Satu", "Dua", "Tiga");
        Assert.StartsWith("Pengantar.\n\n:::galeri Sehari di Pelabuhan\n", await body.InputValueAsync());
        Assert.EndsWith(":::\n\nPenutup.", await body.InputValueAsync());

        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await BrowserSession.ScreenshotAsync(page, "gallery-order");
    }

    private static async Task AssertLinesInOrderAsync(ILocator body, params string[] captions)
    {
        var text = await body.InputValueAsync();
        var positions = captions.Select(caption => text.IndexOf($"![{caption}]", StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
    }
}
