using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.IntegrationTests.Newsroom;

/// <summary>Issue 18 (low): photos of trashed stories stayed public with a year of immutable caching.</summary>
public class PublicPhotosTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private async Task<(HttpClient Editor, int Id, string PhotoUrl)> StoryWithPhotoAsync(string title, string status)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title, status);
        fields["Input.PhotoCaption"] = "Keterangan foto.";
        fields["Input.PhotoAlt"] = "Teks alternatif";
        var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(320, 200)));
        var path = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).LeadPhoto!.ImagePath!));
        return (editor, id, "/media/" + path);
    }

    [Fact]
    public async Task PhotoOfATrashedStory_IsGoneForReaders_ButStaffStillSeeIt()
    {
        var (editor, id, photo) = await StoryWithPhotoAsync("Foto Berita Dibuang", "Published");
        var rendition = photo.Replace(".png", "-160.webp");
        using (var live = await _reader.GetAsync(photo))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(PublicPhotos.PublicCaching, live.Headers.CacheControl!.ToString());
        }
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(rendition)).StatusCode);

        (await editor.SubmitFormAsync($"/editor/articles/confirm/{id}?what=trash", "form.confirm-actions")).Dispose();

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(photo)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(rendition)).StatusCode);
        using var staff = await editor.GetAsync(photo);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.True(staff.Headers.CacheControl is { Private: true, NoStore: true }, staff.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task PhotoOfADraft_IsShownOnlyToStaffAndOnItsPreviewPage()
    {
        var (editor, id, photo) = await StoryWithPhotoAsync("Foto Draf Rahasia", "Draft");
        var preview = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".preview-share a")!.GetAttribute("href")!;

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(photo)).StatusCode);
        using var fromPreview = new HttpRequestMessage(HttpMethod.Get, photo) { Headers = { Referrer = new Uri("http://localhost" + preview) } };
        Assert.Equal(HttpStatusCode.OK, (await _reader.SendAsync(fromPreview)).StatusCode);
        using var fromForgedPreview = new HttpRequestMessage(HttpMethod.Get, photo) { Headers = { Referrer = new Uri("http://localhost" + preview[..^4] + "AAAA") } };
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.SendAsync(fromForgedPreview)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(photo)).StatusCode);
    }
}
