using System.Net;
using System.Text;
using SkiaSharp;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class PhotoUploadTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<HttpResponseMessage> UploadAsync(FileField photo, string title)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PhotoCaption"] = "Keterangan foto uji.";
        fields["Input.PhotoAlt"] = "Teks alternatif uji";
        return await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, file: photo);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg", "jpg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png", "png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp", "webp")]
    public async Task Upload_RealImage_IsReencodedStoredUnderGeneratedNameAndServed(SKEncodedImageFormat format, string contentType, string extension)
    {
        // A trailing payload after the image must not survive re-encoding.
        var bytes = TestImages.Encoded(format).Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();

        using var response = await UploadAsync(new FileField("PhotoUpload", "../../etc/passwd.html", bytes, "text/html"), "Foto Asli " + extension);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Title == "Foto Asli " + extension).LeadPhoto!.ImagePath!));
        Assert.Matches($@"^\d{{4}}/[0-9a-f]{{32}}\.{extension}$", path);
        using var served = await factory.CreateReaderClient().GetAsync("/media/" + path);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(contentType, served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script>", Encoding.ASCII.GetString(await served.Content.ReadAsByteArrayAsync()));
    }

    public static TheoryData<string, byte[], string> RefusedFiles => new()
    {
        { "gambar.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"), "image/svg+xml" },
        { "foto.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "image/jpeg" },
        { "foto.gif", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"), "image/gif" },
        { "rusak.png", TestImages.Png()[..40], "image/png" },
        { "kosong.jpg", [], "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Upload_NotARealJpegPngOrWebp_IsRefusedWithMessageAndFormKept(string fileName, byte[] bytes, string contentType)
    {
        using var response = await UploadAsync(new FileField("PhotoUpload", fileName, bytes, contentType), "Foto Ditolak " + fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Matches("JPEG, PNG, atau WebP|rusak|kosong", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Foto Ditolak " + fileName, page.ValueOf("Input.Title"));
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Upload refused"));
    }

    /// <summary>
    /// Issue 18, medium 6: a 288-byte JPEG whose header claims 6000×6000 decoded "successfully" (the decoder fills in the
    /// missing data) and cost seconds and a dozen files. The header is checked against the file's size before decoding.
    /// </summary>
    [Fact]
    public async Task Upload_TinyJpegClaimingAHugeImage_IsRefusedBeforeDecoding()
    {
        var jpeg = TestImages.Encoded(SKEncodedImageFormat.Jpeg, 16, 16);
        var frame = Enumerable.Range(0, jpeg.Length - 9).First(i => jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2);
        jpeg[frame + 5] = jpeg[frame + 7] = 6000 >> 8;
        jpeg[frame + 6] = jpeg[frame + 8] = 6000 & 0xFF;
        var pending = Path.Combine(factory.Folder, "uploads");
        var filesBefore = Directory.Exists(pending) ? Directory.GetFiles(pending).Length : 0;

        using var response = await UploadAsync(new FileField("PhotoUpload", "raksasa.jpg", jpeg, "image/jpeg"), "Foto Raksasa Palsu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Foto rusak", await EditorActions.ErrorsOfAsync(response));
        Assert.Equal(filesBefore, Directory.Exists(pending) ? Directory.GetFiles(pending).Length : 0);
    }

    [Fact]
    public async Task Upload_OverTenMegabytes_IsRefused()
    {
        var bytes = new byte[10 * 1024 * 1024 + 1];
        TestImages.Png().CopyTo(bytes, 0);

        using var response = await UploadAsync(new FileField("PhotoUpload", "besar.png", bytes, "image/png"), "Foto Terlalu Besar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lebih dari 10 MB", await EditorActions.ErrorsOfAsync(response));
    }

    [Theory]
    [InlineData("../appsettings.json")]
    [InlineData("../../tempo.db")]
    [InlineData("2026/zzzz.png")]
    public async Task Save_TamperedPhotoPath_IsRefused(string path)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Jalur Foto Palsu " + path.Length);
        fields["Input.PhotoCaption"] = "Keterangan.";
        fields["Input.PhotoAlt"] = "Alt.";
        fields["Input.PhotoPath"] = path;

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Foto tidak ditemukan", await EditorActions.ErrorsOfAsync(response));
    }
}
