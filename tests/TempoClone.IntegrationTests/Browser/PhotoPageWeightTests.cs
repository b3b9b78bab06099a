using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.IntegrationTests.Browser;

public class PhotoPageWeightTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    /// <summary>
    /// Issue 10's goal. Measured about 85 KB as sent: the 800-px lead rendition (62 KB), one 320-px thumbnail of
    /// Berita terkait (11 KB: a 7rem box at 2× needs it), site.css (gzip, 6 KB) and the HTML (gzip, 4 KB).
    /// </summary>
    private const int Budget = 100 * 1024;

    /// <summary>A 390-px phone at 2× and 3× (3× gets the 2× rendition), and Lighthouse's mobile profile (412 px at 1.75×).</summary>
    [Theory]
    [InlineData(390, 2f, 800)]
    [InlineData(390, 3f, 800)]
    [InlineData(412, 1.75f, 800)]
    public async Task ArticleWithCameraPhoto_OnAPhone_LoadsOneFittingRenditionAndWeighsAtMost100KB(int width, float pixelRatio, int expectedRendition)
    {
        var title = $"Foto Ponsel {width} {pixelRatio}x";
        // Written through the editor form of a second app on the same database and media folder.
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath)
        {
            Settings = { ["Site:MediaFolder"] = session.App.Services.GetRequiredService<PhotoStore>().MediaFolder },
        };
        var editor = await newsroom.LoginAsNewAsync(StaffRoles.Editor);
        // Its own kanal and tag, so "Berita terkait" holds exactly the one story with a photo written here.
        var upload = TestImages.CameraJpeg(4000, 3000);
        output.WriteLine($"{upload.Length,8} bytes uploaded (4000x3000 JPEG)");
        var related = Fields(title + " Terkait", title);
        // CASE: a photo of its own: the same bytes are one stored photo (content hash), and Chromium then fills the
        // thumbnail's srcset from the lead's rendition it already holds instead of the small one this test measures.
        await editor.CreateArticleAsync(related, TestImages.PhotoField(TestImages.CameraJpeg(4000, 3000, grain: 7), "IMG_1233.JPG", "image/jpeg"));
        var fields = Fields(title, title);
        fields["Input.Related"] = title + " Terkait";
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(upload, "IMG_1234.JPG", "image/jpeg"));

        var page = await session.NewPhonePageAsync(width, pixelRatio);
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var current = await page.Locator("figure.lead-photo img").EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith($"-{expectedRendition}.webp", current);
        // Thumbnails of "Berita terkait" near enough to the screen are fetched too: a small rendition (7rem on a phone).
        foreach (var thumb in await page.Locator("section.related .thumb img").EvaluateAllAsync<string[]>("imgs => imgs.map(i => i.currentSrc).filter(s => s)"))
            Assert.Matches(@"-(160|320)\.webp$", thumb);
        long total = 0;
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            output.WriteLine($"{sizes.ResponseBodySize + sizes.ResponseHeadersSize,8} {response.Url}");
        }
        output.WriteLine($"{total,8} bytes in total, {width} px at {pixelRatio}x");
        Assert.True(total <= Budget, $"The article page weighs {total / 1024} KB on a {width}-px phone at {pixelRatio}x.");
        await BrowserSession.ScreenshotAsync(page, $"phone-{width}-{pixelRatio}x");
    }

    private static Dictionary<string, string> Fields(string title, string kanal)
    {
        var fields = EditorActions.ArticleFields(title);
        fields["Input.NewKanal"] = kanal;
        fields["Input.Tags"] = kanal;
        fields["Input.PhotoCaption"] = "Foto kamera ponsel 12 megapiksel.";
        fields["Input.PhotoAlt"] = "Foto uji";
        return fields;
    }
}
