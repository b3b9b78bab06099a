using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Newsroom;

public class PhotoRenditionTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private string MediaFolder => factory.Services.GetRequiredService<PhotoStore>().MediaFolder;
    private string PendingFolder => factory.Services.GetRequiredService<PhotoStore>().PendingFolder;

    private static Dictionary<string, string> FieldsWithPhoto(string title)
    {
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PhotoCaption"] = "Keterangan foto " + title;
        fields["Input.PhotoCredit"] = "FOTO UJI";
        fields["Input.PhotoAlt"] = "Alt " + title;
        return fields;
    }

    private Task<LeadPhoto> PhotoOfAsync(string title) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Title == title).Select(a => a.LeadPhoto!).SingleAsync());

    [Fact]
    public async Task Upload_CameraJpegTurnedByExif_StoresUprightRenditionsWithoutMetadataAtEveryWidth()
    {
        const string title = "Foto Kamera Miring";
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        // Stored 4000×3000 (landscape) with Orientation 6: the photographer held the phone upright.
        var upload = TestImages.CameraJpeg(4000, 3000, orientation: 6);
        Assert.Equal(SKEncodedOrigin.RightTop, SKCodec.Create(SKData.CreateCopy(upload)).EncodedOrigin);

        await editor.CreateArticleAsync(FieldsWithPhoto(title), TestImages.PhotoField(upload, "IMG_0001.JPG", "image/jpeg"));

        var photo = await PhotoOfAsync(title);
        Assert.Equal((1600, 2133), (photo.Width, photo.Height));
        var files = new List<string> { photo.ImagePath! };
        foreach (var width in PhotoRenditions.WidthsFor(1600))
            foreach (var extension in new[] { "webp", "jpg" })
                files.Add(PhotoRenditions.FileOf(photo.ImagePath!, width, 1600, extension));
        Assert.Equal(12, files.Distinct().Count()); // 6 widths × 2 formats, the widest JPEG being the main file
        Assert.Equal([160, 320, 640, 800, 1200, 1600], PhotoRenditions.WidthsFor(1600));

        foreach (var file in files.Distinct())
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(MediaFolder, file));
            using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
            var width = int.Parse(Path.GetFileNameWithoutExtension(file).Split('-').ElementAtOrDefault(1) ?? "1600");
            Assert.Equal((width, PhotoRenditions.HeightFor(width, 1600, 2133)), (codec.Info.Width, codec.Info.Height));
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
            var text = Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain("Exif", text);
            Assert.DoesNotContain("KameraUji", text);

            // Turned a quarter clockwise: what was stored bottom left (blue) is now top left, stored top left (red) top right.
            using var pixels = SKBitmap.Decode(codec);
            AssertNear(TestImages.Blue, pixels.GetPixel(pixels.Width / 8, pixels.Height / 8), file);
            AssertNear(TestImages.Red, pixels.GetPixel(pixels.Width * 7 / 8, pixels.Height / 8), file);
            AssertNear(TestImages.Yellow, pixels.GetPixel(pixels.Width / 8, pixels.Height * 7 / 8), file);
            AssertNear(TestImages.Green, pixels.GetPixel(pixels.Width * 7 / 8, pixels.Height * 7 / 8), file);
        }

        // Decoded already scaled down by JPEG's DCT scaling, at 5/8 (the least that still gives 1600 upright), not at 12 megapixels.
        var processed = factory.Logs.Events.Last(e => e.MessageTemplate.Text.StartsWith("Photo {PendingName}"));
        Assert.Equal(("2500", "1875"), (LogCollector.Scalar(processed, "DecodedWidth"), LogCollector.Scalar(processed, "DecodedHeight")));
    }

    [Fact]
    public async Task Preview_WithNewPhoto_KeepsItPendingAndPrivateUntilTheArticleIsSaved()
    {
        const string title = "Foto Menunggu Simpan";
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var page = await editor.GetDocumentAsync(EditorActions.NewArticle);
        var form = page.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;

        using var preview = await editor.SubmitAsync(form, FieldsWithPhoto(title),
            form.QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Preview']"), TestImages.PhotoField(TestImages.CameraJpeg(900, 600), "foto.jpg", "image/jpeg"));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await HtmlDocuments.ParseAsync(preview);
        var pending = shown.ValueOf("Input.PhotoPath")!;
        Assert.StartsWith(PhotoStore.PendingPrefix, pending);
        var name = pending[PhotoStore.PendingPrefix.Length..];
        Assert.True(File.Exists(Path.Combine(PendingFolder, name)));
        Assert.Empty(Directory.EnumerateFiles(MediaFolder, Path.GetFileNameWithoutExtension(name) + "*", SearchOption.AllDirectories));

        // The editor sees it; a reader cannot, neither under /editor nor under /media.
        var thumb = shown.QuerySelector<IHtmlImageElement>("img.photo-thumb")!.GetAttribute("src")!;
        Assert.Equal("/editor/uploads/" + name, thumb);
        using (var seen = await editor.GetAsync(thumb))
        {
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
            Assert.Equal("image/jpeg", seen.Content.Headers.ContentType!.MediaType);
        }
        using (var anonymous = await factory.CreateStaffClient().GetAsync(thumb))
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        using (var guessed = await editor.GetAsync("/editor/uploads/..%2F..%2Ftempo.db"))
            Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);

        // Saving the redisplayed form (no new file) stores the photo.
        using var saved = await editor.SubmitAsync(shown.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var photo = await PhotoOfAsync(title);
        Assert.Matches(@"^\d{4}/[0-9a-f]{32}\.jpg$", photo.ImagePath);
        Assert.Equal((900, 600), (photo.Width, photo.Height));
        Assert.False(File.Exists(Path.Combine(PendingFolder, name)));
        Assert.True(File.Exists(Path.Combine(MediaFolder, photo.ImagePath!)));
    }

    [Fact]
    public async Task Save_ConflictWithNewPhoto_FormKeepsThePhotoAtItsStoredPlace()
    {
        var first = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var second = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields("Foto Saat Konflik"));
        var secondForm = await second.EditFormAsync(id);
        using (var firstSave = await first.EditArticleAsync(id, new Dictionary<string, string> { ["Input.Body"] = "Versi pertama." }))
            Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        // Both changed the body, so the later save cannot merge itself and comes back as a conflict.
        var secondFields = FieldsWithPhoto("Foto Saat Konflik");
        secondFields["Input.Body"] = "Versi kedua.";
        using var conflict = await second.SubmitAsync(secondForm, secondFields, file: TestImages.PhotoField(TestImages.Png()));

        var page = await HtmlDocuments.ParseAsync(conflict);
        Assert.Contains(TempoClone.Web.Areas.Editor.Pages.Articles.EditModel.ConflictMessage, page.QuerySelector(".form-errors")!.TextContent);
        var carried = page.ValueOf("Input.PhotoPath")!;
        Assert.Matches(@"^\d{4}/[0-9a-f]{32}\.png$", carried);
        Assert.True(File.Exists(Path.Combine(MediaFolder, carried)));
    }

    [Fact]
    public async Task Upload_PngOverTwelveMegapixels_IsRefusedWithAdvice()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, FieldsWithPhoto("Foto PNG Raksasa"),
            file: TestImages.PhotoField(TestImages.Png(4001, 3000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Foto PNG paling besar 12 megapiksel", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task Upload_SweepsPendingFilesOlderThanADay()
    {
        Directory.CreateDirectory(PendingFolder);
        var old = Path.Combine(PendingFolder, Guid.NewGuid().ToString("N") + "-320.webp");
        var recent = Path.Combine(PendingFolder, Guid.NewGuid().ToString("N") + ".jpg");
        await File.WriteAllBytesAsync(old, [1]);
        await File.WriteAllBytesAsync(recent, [1]);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(old, now - PhotoStore.PendingLifetime - TimeSpan.FromMinutes(1));
        File.SetLastWriteTimeUtc(recent, now - TimeSpan.FromHours(23));

        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(FieldsWithPhoto("Foto Penyapu"), TestImages.PhotoField(TestImages.Png()));

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public async Task ArticlePage_PhotoWithRenditions_IsAPictureWithSrcsetSizeAndPriority_AndRelatedThumbnailsAreLazy()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var relatedId = await editor.CreateArticleAsync(FieldsWithPhoto("Foto Berita Terkait Kecil"), TestImages.PhotoField(TestImages.CameraJpeg(1000, 750), "a.jpg", "image/jpeg"));
        var fields = FieldsWithPhoto("Foto Artikel Utama Responsif");
        fields["Input.Related"] = relatedId.ToString();
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.CameraJpeg(3000, 2000), "b.jpg", "image/jpeg"));
        var photo = await PhotoOfAsync("Foto Artikel Utama Responsif");

        var reader = factory.CreateReaderClient();
        var page = await reader.GetDocumentAsync(await factory.UrlOfAsync("Foto Artikel Utama Responsif"));

        var lead = page.QuerySelector(".lead-photo picture")!;
        var webp = lead.QuerySelector("source[type='image/webp']:not([media])")!;
        var dense = lead.QuerySelector("source[type='image/webp'][media]")!;
        Assert.Same(dense, lead.QuerySelector("source")); // the first matching source wins, so the 3× rule comes first
        Assert.Equal(PhotoImageTagHelper.DenseScreens, dense.GetAttribute("media"));
        Assert.Equal(PhotoImageTagHelper.DenseScreenLeadSizes, dense.GetAttribute("sizes"));
        Assert.Equal(webp.GetAttribute("srcset"), dense.GetAttribute("srcset"));
        var stem = photo.ImagePath![..^4];
        Assert.Equal($"/media/{stem}-160.webp 160w, /media/{stem}-320.webp 320w, /media/{stem}-640.webp 640w, /media/{stem}-800.webp 800w, /media/{stem}-1200.webp 1200w, /media/{stem}-1600.webp 1600w",
            webp.GetAttribute("srcset"));
        var img = lead.QuerySelector<IHtmlImageElement>("img")!;
        Assert.EndsWith($"/media/{photo.ImagePath} 1600w", img.GetAttribute("srcset"));
        Assert.Equal(PhotoImageTagHelper.LeadSizes, img.GetAttribute("sizes"));
        Assert.Equal(PhotoImageTagHelper.LeadSizes, webp.GetAttribute("sizes"));
        Assert.Equal(("1600", "1067"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("Alt Foto Artikel Utama Responsif", img.AlternativeText);

        var thumb = page.QuerySelector("section.related picture.thumb img")!;
        Assert.Equal("lazy", thumb.GetAttribute("loading"));
        Assert.Equal(PhotoImageTagHelper.ThumbnailSizes, thumb.GetAttribute("sizes"));
        Assert.Equal(("1000", "750"), (thumb.GetAttribute("width"), thumb.GetAttribute("height")));
        Assert.Equal("", thumb.GetAttribute("alt"));
        Assert.Null(thumb.GetAttribute("fetchpriority"));

        // Every file the markup names is served, as its own type, cached for an hour (a withdrawn story's photo goes away).
        foreach (var url in webp.GetAttribute("srcset")!.Split(", ").Append(img.GetAttribute("srcset")!.Split(", ")[0]).Select(s => s.Split(' ')[0]))
        {
            using var served = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(url.EndsWith(".webp") ? "image/webp" : "image/jpeg", served.Content.Headers.ContentType!.MediaType);
            Assert.Equal(TempoClone.Web.Newsroom.PublicPhotos.PublicCaching, served.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task ArticlePage_PhotoStoredBeforeRenditions_StillShowsItsOneFile()
    {
        const string title = "Foto Lama Tanpa Turunan";
        var legacy = $"2025/{Guid.NewGuid():N}.jpg";
        Directory.CreateDirectory(Path.Combine(MediaFolder, "2025"));
        await File.WriteAllBytesAsync(Path.Combine(MediaFolder, legacy), TestImages.CameraJpeg(640, 480));
        var article = await factory.AddArticleAsync(title, ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime.AddHours(-1));
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.LeadPhoto = new LeadPhoto { Caption = "Keterangan lama", AltText = "Alt lama", ImagePath = legacy };
            return await db.SaveChangesAsync();
        });

        var page = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(title));

        var img = page.QuerySelector<IHtmlImageElement>(".lead-photo picture img")!;
        Assert.Equal("/media/" + legacy, img.GetAttribute("src"));
        Assert.Null(img.GetAttribute("srcset"));
        Assert.Null(page.QuerySelector(".lead-photo source"));
        Assert.Equal("Alt lama", img.AlternativeText);

        // Saved again by an editor: still no renditions claimed, so readers keep getting the one file.
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var saved = await editor.EditArticleAsync(article.Id, new Dictionary<string, string> { ["Input.Deck"] = "Ringkasan baru." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var photo = await PhotoOfAsync(title);
        Assert.Equal((legacy, (int?)null), (photo.ImagePath, photo.Width));
    }

    private static void AssertNear(SKColor expected, SKColor actual, string file) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue) < 90,
            $"{file}: expected about {expected}, found {actual}");
}
