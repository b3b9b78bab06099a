using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>Pratinjau of a scheduled story as the whole reader page, and the link running out. Moves the clock, so it has its own app.</summary>
public class PreviewLinkJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ScheduledStory_LihatDiSitusShowsTheWholeReaderPage_UntilTheLinkExpires()
    {
        var now = session.App.Clock.GetUtcNow().UtcDateTime;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var pick = await session.App.AddArticleAsync("Pilihan Pratinjau Jalan " + suffix, ArticleStatus.Published, now.AddHours(-2));
        var related = await session.App.AddArticleAsync("Terkait Pratinjau Jalan " + suffix, ArticleStatus.Published, now.AddHours(-3));
        var story = await session.App.AddArticleAsync("Jalan Tol Baru Dibuka " + suffix, ArticleStatus.Published, now.AddDays(1), "Jalan tol sepanjang 40 kilometer **dibuka** besok pagi.");
        await session.App.WithDbAsync(async db =>
        {
            var saved = await db.Articles.FindAsync(story.Id);
            saved!.EditorsPickId = pick.Id;
            db.Set<RelatedStory>().Add(new RelatedStory { ArticleId = story.Id, RelatedArticleId = related.Id, Position = 0 });
            return await db.SaveChangesAsync();
        });

        var (page, errors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page);
        await page.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{story.Id}");
        await page.GetByLabel("Reporter (pisahkan dengan koma)").FillAsync("Sita Dewi");
        await page.GetByLabel("Unggah foto (JPEG, PNG, atau WebP, maks. 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "tol.png", MimeType = "image/png", Buffer = TestImages.Png(320, 180) });
        await page.GetByLabel("Keterangan foto").FillAsync("Gerbang tol yang baru selesai.");
        await page.GetByLabel("Teks alternatif foto").FillAsync("Gerbang tol baru");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Dijadwalkan");

        // "Lihat di situs" on a scheduled story: its preview, not the 404.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lihat di situs" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(session.BaseUrl + UrlMap.PreviewPrefix + "/")));
        await Expect(page.Locator(".preview-notice")).ToContainTextAsync("dijadwalkan terbit");
        await Expect(page.Locator("h1")).ToHaveTextAsync(story.Title);
        await Expect(page.Locator(".byline")).ToContainTextAsync("Sita Dewi");
        await Expect(page.Locator(".dateline")).ToContainTextAsync("WIB");
        await Expect(page.Locator("figure.lead-photo img")).ToHaveAttributeAsync("alt", "Gerbang tol baru");
        await Expect(page.Locator(".article-body strong")).ToHaveTextAsync("dibuka");
        await Expect(page.Locator(".editors-pick a")).ToHaveTextAsync(pick.Title);
        await Expect(page.Locator("section.related")).ToContainTextAsync(related.Title);
        await Expect(page.Locator("meta[name='robots']")).ToHaveAttributeAsync("content", "noindex, nofollow");
        await BrowserSession.ScreenshotAsync(page, "preview-scheduled");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        // Shared with someone without an account: the same page, until the link runs out.
        var link = page.Url;
        var (stranger, _) = await session.NewPageAsync();
        await stranger.GotoAsync(link);
        await Expect(stranger.Locator("h1")).ToHaveTextAsync(story.Title);
        session.App.Clock.Advance(PreviewLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await stranger.GotoAsync(link);
        Assert.Equal(410, expired!.Status);
        await Expect(stranger.Locator("h1")).ToHaveTextAsync("Tautan sudah kedaluwarsa");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
