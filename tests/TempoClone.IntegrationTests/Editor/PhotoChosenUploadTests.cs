using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>The endpoint photo-upload.js posts a chosen lead photo to: processed and stored once, answered with its path.</summary>
public class PhotoChosenUploadTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string Url = "/editor/articles/photoupload";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? bytes, string fileName = "IMG_1.JPG", string contentType = "image/jpeg")
    {
        using var content = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync()), "__RequestVerificationToken" } };
        if (bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            content.Add(file, "PhotoUpload", fileName);
        }
        return await client.PostAsync(Url, content);
    }

    [Fact]
    public async Task Upload_CameraPhotoWithExifOrientation_IsStoredUprightOnce()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var response = await UploadAsync(kontributor, TestImages.CameraJpeg(1600, 1200, orientation: 6));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var photo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var path = photo.GetProperty("path").GetString()!;
        Assert.Matches(@"^\d{4}/[0-9a-f]{32}\.jpg$", path);
        Assert.Equal("/media/" + path, photo.GetProperty("url").GetString());
        Assert.True(photo.GetProperty("height").GetInt32() > photo.GetProperty("width").GetInt32(), "not upright");
        using var served = await kontributor.GetAsync("/media/" + path);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        // Used by no live story yet: not public.
        using var anonymous = await factory.CreateReaderClient().GetAsync("/media/" + path);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    [Fact]
    public async Task Upload_SameFileTwice_IsOneStoredPhoto()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var bytes = TestImages.CameraJpeg(800, 600, grain: 9);

        using var first = await UploadAsync(editor, bytes);
        using var second = await UploadAsync(editor, bytes);

        string PathOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("path").GetString()!;
        Assert.Equal(PathOf(await first.Content.ReadAsStringAsync()), PathOf(await second.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("gambar.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>", "Hanya foto JPEG, PNG, atau WebP yang diterima.")]
    [InlineData("kosong.jpg", "image/jpeg", "", "Berkas foto kosong.")]
    [InlineData(null, null, null, "Pilih berkas foto.")]
    public async Task Upload_NotAPhoto_Is422WithTheReasonInIndonesian(string? fileName, string? contentType, string? text, string message)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await UploadAsync(editor, text is null ? null : Encoding.UTF8.GetBytes(text), fileName ?? "", contentType ?? "");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Upload_WithoutToken_Is400()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png()), "PhotoUpload", "a.png" } };

        using var response = await editor.PostAsync(Url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
