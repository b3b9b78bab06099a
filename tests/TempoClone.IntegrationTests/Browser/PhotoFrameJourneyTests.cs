using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using TempoClone.IntegrationTests.Editor;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Issue 22: the editor clicks where the photo's subject is; the 1200 × 630 image for sharing follows; a tall photo no longer fills the screen.</summary>
public class PhotoFrameJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ClickOnThePhoto_MovesTheCropOfTheSocialImage_AndATallLeadFitsTheScreen()
    {
        // The story is written through the editor form of a second app on the same database and media folder.
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath)
        {
            Settings = { ["Site:MediaFolder"] = session.App.Services.GetRequiredService<PhotoStore>().MediaFolder },
        };
        var title = "Foto Tegak Diklik " + Guid.NewGuid().ToString("N")[..6];
        var (_, url, path) = await PhotoFrameTests.LiveStoryWithPhotoAsync(newsroom, await newsroom.LoginAsNewAsync(StaffRoles.Editor), title, PhotoFrameTests.RedOverBlue());
        await session.App.Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();

        // Never framed, on a laptop: the tall photo is kept within the screen.
        var (reader, readerErrors) = await session.NewPageAsync(width: 1366, height: 768);
        await reader.GotoAsync(session.BaseUrl + url);
        Assert.True((await reader.Locator(".lead-photo img").BoundingBoxAsync())!.Height <= 768 * 0.8 + 1, "the unframed tall lead is taller than the screen allows");

        var (page, errors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + UrlMap.PhotoFrame(path));
        await BrowserSession.SignInAsync(page, await session.App.CreateStaffAsync(StaffRoles.Editor));
        await Expect(page.Locator(".frame-script-hint")).ToBeVisibleAsync();

        Assert.True(PhotoFrameTests.IsNear(await SocialMiddleAfterClickAsync(page, reader, url, 0.92f), TestImages.Blue), "focus at the bottom: the social image should show the blue half");
        Assert.True(PhotoFrameTests.IsNear(await SocialMiddleAfterClickAsync(page, reader, url, 0.08f), TestImages.Red), "focus at the top: the social image should show the red half");

        // Framed: the lead is cut to 4:3 around the point.
        await reader.ReloadAsync();
        var lead = (await reader.Locator(".lead-photo img").BoundingBoxAsync())!;
        Assert.InRange(lead.Height / lead.Width, 0.74, 0.76);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        Assert.True(errors.Count + readerErrors.Count == 0, string.Join("\n", errors.Concat(readerErrors)));
        await BrowserSession.ScreenshotAsync(page, "photo-frame");
    }

    /// <summary>Clicks the photo at this height (its middle across), saves, and reads the middle pixel of the reader page's og:image.</summary>
    private async Task<SKColor> SocialMiddleAfterClickAsync(IPage page, IPage reader, string url, float fromTop)
    {
        var photo = page.Locator("#frame-photo");
        var box = (await photo.BoundingBoxAsync())!;
        await photo.ClickAsync(new() { Position = new() { X = box.Width / 2, Y = box.Height * fromTop } });
        await Expect(page.Locator("#Input_FocusY")).ToHaveValueAsync(((int)Math.Round(fromTop * 100)).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan fokus" }).ClickAsync();
        await Expect(page.Locator(".flash, [role=status]").First).ToContainTextAsync("Fokus dan potongan foto disimpan");

        // What a crawler reads: the page as the server gives it now (the reader's browser may keep its copy a minute).
        var html = await (await reader.APIRequest.GetAsync(session.BaseUrl + url)).TextAsync();
        var image = System.Text.RegularExpressions.Regex.Match(html, "<meta property=\"og:image\" content=\"([^\"]+)\"").Groups[1].Value;
        var response = await reader.APIRequest.GetAsync(session.BaseUrl + new Uri(image).AbsolutePath);
        Assert.True(response.Ok, $"{image} answered {response.Status}");
        using var bitmap = SKBitmap.Decode(await response.BodyAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        return bitmap.GetPixel(600, 315);
    }
}
