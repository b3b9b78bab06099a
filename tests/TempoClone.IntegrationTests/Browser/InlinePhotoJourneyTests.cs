using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// Issue 22: an editor puts a library photo in the text with the toolbar; readers get a figure with renditions, caption and
/// credit; a gallery reads in order on a phone and a laptop.
/// </summary>
public class InlinePhotoJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>A second app on the same database and media folder, whose editor form writes the stories.</summary>
    private TempoAppFactory Newsroom() => new(RepoPaths.SeedArticles, session.App.DatabasePath)
    {
        Settings = { ["Site:MediaFolder"] = session.App.Services.GetRequiredService<PhotoStore>().MediaFolder },
    };

    [Theory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task GalleryOfFivePhotos_ReadsInOrderWithCaptions(int width)
    {
        using var newsroom = Newsroom();
        var editor = await newsroom.LoginAsNewAsync(StaffRoles.Editor);
        var paths = await Pages.PhotoStoriesTests.StoredPhotosAsync(newsroom, editor, 5);
        var title = $"Galeri Lima Foto {width} " + Guid.NewGuid().ToString("N")[..6];
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = Pages.PhotoStoriesTests.GalleryBody(paths);
        await editor.CreateArticleAsync(fields);
        await session.App.Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();

        var (page, errors) = await session.NewPageAsync(width: width);
        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        var items = page.Locator(".gallery ol.gallery-list > li");
        await Expect(items).ToHaveCountAsync(5);
        await Expect(items.Locator(".caption")).ToHaveTextAsync(Enumerable.Range(1, 5).Select(i => $"Keterangan foto ke-{i}").ToArray());
        double previousBottom = 0;
        for (var i = 0; i < 5; i++)
        {
            var item = items.Nth(i);
            await item.ScrollIntoViewIfNeededAsync();
            await Expect(item.Locator("img")).ToHaveAttributeAsync("src", "/media/" + paths[i]);
            await page.WaitForFunctionAsync("i => { const img = document.querySelectorAll('.gallery-list img')[i]; return img.complete && img.naturalWidth > 0; }", i);
            // One under another, each photo the column's width and its caption under it: a readable sequence on both screens.
            var photo = (await item.Locator("img").BoundingBoxAsync())!;
            var caption = (await item.Locator("figcaption").BoundingBoxAsync())!;
            var top = await item.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
            Assert.True(top >= previousBottom, $"photo {i + 1} starts above the end of the one before");
            previousBottom = await item.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom + window.scrollY");
            Assert.InRange(photo.Width, width == 390 ? 340 : 600, width == 390 ? 390 : 740);
            Assert.True(caption.Y >= photo.Y + photo.Height - 1, $"caption {i + 1} is under its photo");
        }
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await BrowserSession.ScreenshotAsync(page, $"gallery-{width}");
    }

    [Fact]
    public async Task PhotoPickedFromTheLibrary_IsAFigureWithSrcsetCaptionAndCredit_ForReaders()
    {
        var mark = Guid.NewGuid().ToString("N")[..6];
        var caption = $"Perahu nelayan bersandar di dermaga {mark}";
        using var newsroom = Newsroom();
        var editor = await newsroom.LoginAsNewAsync(StaffRoles.Editor);
        var draft = EditorActions.ArticleFields("Draf Foto Perahu " + mark, "Draft");
        draft["Input.PhotoCaption"] = caption;
        draft["Input.PhotoCredit"] = "TEMPO/Uji Perahu";
        draft["Input.PhotoAlt"] = "Perahu kayu di dermaga";
        await editor.CreateArticleAsync(draft, TestImages.PhotoField(TestImages.CameraJpeg(1400, 900), "perahu.jpg", "image/jpeg"));

        // The editor's toolbar: Foto opens the library; the chosen photo's Markdown goes into the text.
        var (page, errors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await BrowserSession.SignInAsync(page);
        var body = page.GetByLabel("Isi (Markdown)");
        await body.FillAsync("TEMPO.CO, Jakarta - Paragraf pembuka.");
        await page.Locator(".md-toolbar").GetByRole(AriaRole.Button, new() { Name = "Foto", Exact = true }).ClickAsync();
        await page.GetByLabel("Cari di pustaka foto untuk disisipkan di teks").FillAsync(mark);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sisipkan di teks: " + caption }).ClickAsync();
        var markdown = await body.InputValueAsync();
        Assert.Matches($@"\n\n!\[{caption}\]\(foto:\d{{4}}/[0-9a-f]{{32}}\.jpg ""TEMPO/Uji Perahu""\)\n\n", markdown);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var title = "Dermaga Bergambar " + mark;
        var story = EditorActions.ArticleFields(title);
        story["Input.Body"] = markdown + "Paragraf penutup.";
        await editor.CreateArticleAsync(story);
        // Saved by the other app: this one drops what it remembered (the photo was private when the picker showed it).
        await session.App.Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();

        foreach (var width in new[] { 390, 1366 })
        {
            var (reader, readerErrors) = await session.NewPageAsync(width: width);
            var media = new List<string>();
            reader.Response += (_, r) => { if (r.Url.Contains("/media/")) media.Add(r.Status + " " + r.Url); };
            await reader.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
            var figure = reader.Locator(".article-body figure.inline-photo");
            await figure.ScrollIntoViewIfNeededAsync();
            var img = figure.Locator("picture img");
            await Expect(img).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex(@"-640\.jpg 640w"));
            await Expect(figure.Locator("figcaption .caption")).ToHaveTextAsync(caption);
            await Expect(figure.Locator("figcaption .credit")).ToBeVisibleAsync();
            // Lazy: loaded once near the screen; a rendition, never wider than the screen needs.
            try
            {
                await reader.WaitForFunctionAsync("() => { const i = document.querySelector('.inline-photo img'); return i.complete && i.naturalWidth > 0; }");
            }
            catch (TimeoutException)
            {
                Assert.Fail("Not loaded; /media answered:\n" + string.Join("\n", media));
            }
            var chosen = await img.EvaluateAsync<string>("i => i.currentSrc");
            Assert.Matches(@"-\d+\.(webp|jpg)$", chosen);
            var box = (await img.BoundingBoxAsync())!;
            Assert.InRange(box.Width, width == 390 ? 340 : 600, width == 390 ? 390 : 740);
            var axe = await reader.RunAxe();
            Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
            Assert.True(readerErrors.Count == 0, string.Join("\n", readerErrors));
            await BrowserSession.ScreenshotAsync(reader, $"inline-photo-{width}");
        }
    }
}
