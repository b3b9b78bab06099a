using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Atur fokus dan potongan (Media/Frame): a stored photo's focal point and crop, followed by every story that shows it.</summary>
public class PhotoFrameTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    /// <summary>A tall photo, red above and blue below (and a random last pixel, so each is a new photo).</summary>
    public static byte[] RedOverBlue(int width = 400, int height = 800)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(TestImages.Blue);
            using var red = new SKPaint { Color = TestImages.Red };
            canvas.DrawRect(0, 0, width, height / 2f, red);
        }
        bitmap.SetPixel(width - 1, height - 1, new SKColor((uint)Random.Shared.Next() | 0xFF000000));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A live story with <paramref name="photo"/> as its lead; its id, reader URL and the stored photo's path.</summary>
    public static async Task<(int Id, string Url, string Path)> LiveStoryWithPhotoAsync(TempoAppFactory factory, HttpClient editor, string title, byte[] photo)
    {
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PhotoCaption"] = "Keterangan foto fokus.";
        fields["Input.PhotoAlt"] = "Foto uji fokus";
        var id = await editor.CreateArticleAsync(fields, new FileField("PhotoUpload", "tegak.png", photo, "image/png"));
        var path = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync());
        return (id, await factory.UrlOfAsync(title), path);
    }

    /// <summary>The colour in the middle of an image served from /media.</summary>
    public static async Task<SKColor> MiddleColourAsync(HttpClient reader, string url)
    {
        using var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
    }

    public static bool IsNear(SKColor colour, SKColor expected) =>
        Math.Abs(colour.Red - expected.Red) + Math.Abs(colour.Green - expected.Green) + Math.Abs(colour.Blue - expected.Blue) < 60;

    private static Dictionary<string, string> Frame(int x, int y, int left = 0, int top = 0, int right = 0, int bottom = 0) => new()
    {
        ["Input.FocusX"] = x.ToString(), ["Input.FocusY"] = y.ToString(),
        ["Input.CropLeft"] = left.ToString(), ["Input.CropTop"] = top.ToString(), ["Input.CropRight"] = right.ToString(), ["Input.CropBottom"] = bottom.ToString(),
    };

    private static async Task<IDocument> ReaderPageAsync(HttpClient reader, string url) => await reader.GetDocumentAsync(url);

    private static string OgImage(IDocument page) => new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;

    [Fact]
    public async Task Save_FocalPointMoved_SocialImageFollowsAndCachedPageAndOldFilesGo()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var reader = factory.CreateReaderClient();
        var (_, url, path) = await LiveStoryWithPhotoAsync(factory, editor, "Fokus Foto Berpindah", RedOverBlue());
        Assert.Equal(OgImage(await ReaderPageAsync(reader, url)), "/media/" + path); // never framed: the photo itself, and the page is now cached

        using (var saved = await editor.SubmitFormAsync(Web.Rendering.UrlMap.PhotoFrame(path), "form.frame-form", Frame(50, 95)))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await ReaderPageAsync(reader, url);
        var bottom = OgImage(page);
        Assert.EndsWith("-s1-1200.jpg", bottom);
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.True(IsNear(await MiddleColourAsync(reader, bottom), TestImages.Blue));

        using (var saved = await editor.SubmitFormAsync(Web.Rendering.UrlMap.PhotoFrame(path), "form.frame-form", Frame(50, 5)))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var top = OgImage(await ReaderPageAsync(reader, url));
        Assert.EndsWith("-s2-1200.jpg", top);
        Assert.True(IsNear(await MiddleColourAsync(reader, top), TestImages.Red));
        // The first frame's files are gone: no reader or crawler is given the old crop.
        using var old = await reader.GetAsync(bottom);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Photo {Path} framed"));
    }

    [Fact]
    public async Task Save_TallPhoto_LeadIsCutToFourByThreeAroundFocusAndThumbnailIsSixteenByNine()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (id, url, path) = await LiveStoryWithPhotoAsync(factory, editor, "Foto Tegak Dibingkai", RedOverBlue());
        // The article form leads to it for its stored lead photo.
        Assert.Equal(Web.Rendering.UrlMap.PhotoFrame(path), (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector("a.photo-frame-link")!.GetAttribute("href"));

        using (var saved = await editor.SubmitFormAsync(Web.Rendering.UrlMap.PhotoFrame(path), "form.frame-form", Frame(50, 90)))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await factory.CreateReaderClient().GetDocumentAsync(url);
        var lead = page.QuerySelector(".lead-photo img")!;
        Assert.Equal(("400", "300"), (lead.GetAttribute("width"), lead.GetAttribute("height")));
        Assert.Contains("-f1-400.jpg", lead.GetAttribute("src"));
        using var leadFile = SKBitmap.Decode(Path.Combine(factory.Folder, "media", PathOf(lead.GetAttribute("src")!)));
        Assert.True(IsNear(leadFile.GetPixel(200, 150), TestImages.Blue));
        var editPage = await editor.GetDocumentAsync(Web.Rendering.UrlMap.PhotoFrame(path));
        Assert.Equal("90", editPage.ValueOf("Input.FocusY"));
        Assert.Contains("Foto Tegak Dibingkai", editPage.QuerySelector("main")!.TextContent);
    }

    private static string PathOf(string src) => src["/media/".Length..];

    [Theory]
    [InlineData("101", "0", "harus 0 sampai 100")]
    [InlineData("abc", "0", "Titik fokus dari kiri")]
    [InlineData("50", "60", "Potongan terlalu banyak")]
    public async Task Save_BadNumbers_IndonesianMessageAndNothingDrawn(string focusX, string cropLeftAndRight, string message)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (_, _, path) = await LiveStoryWithPhotoAsync(factory, editor, "Fokus Salah " + Guid.NewGuid().ToString("N")[..6], RedOverBlue());
        var fields = Frame(0, 50);
        fields["Input.FocusX"] = focusX;
        fields["Input.CropLeft"] = fields["Input.CropRight"] = cropLeftAndRight;

        using var response = await editor.SubmitFormAsync(Web.Rendering.UrlMap.PhotoFrame(path), "form.frame-form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await EditorActions.ErrorsOfAsync(response));
        Assert.False(await factory.WithDbAsync(db => db.PhotoFrames.AnyAsync(f => f.PhotoPath == path)));
    }

    [Fact]
    public async Task Open_UnknownPhoto_Is404_AndKontributorMayNotFrameALiveStorysPhoto()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (_, _, path) = await LiveStoryWithPhotoAsync(factory, editor, "Fokus Bukan Hak Kontributor", RedOverBlue());
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var unknown = await editor.GetAsync(Web.Rendering.UrlMap.PhotoFrame("2026/" + new string('a', 32) + ".jpg"));
        using var traversal = await editor.GetAsync(Web.Rendering.UrlMap.PhotoFrame("../tempo.db"));
        using var refused = await kontributor.GetAsync(Web.Rendering.UrlMap.PhotoFrame(path));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith(Web.Rendering.UrlMap.EditorDenied, refused.Headers.Location!.AbsolutePath);
    }
}
