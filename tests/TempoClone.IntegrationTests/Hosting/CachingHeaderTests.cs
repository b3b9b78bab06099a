using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Hosting;

public class CachingHeaderTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Stylesheet_LinkedWithItsHash_IsCachedForAYear_AndWithoutTheHashIsNot()
    {
        var reader = factory.CreateReaderClient();
        var page = await reader.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.css\?v=[\w-]+$", href);

        using var fingerprinted = await reader.GetAsync(href);
        using var plain = await reader.GetAsync("/favicon.svg");

        Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl!.ToString());
        Assert.Null(plain.Headers.CacheControl);
        Assert.NotNull(plain.Headers.ETag);
    }

    [Fact]
    public async Task Media_AskedAgainWithItsETag_Answers304()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Foto Untuk ETag");
        fields["Input.PhotoCaption"] = "Keterangan.";
        fields["Input.PhotoAlt"] = "Alt.";
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.CameraJpeg(400, 300), "a.jpg", "image/jpeg"));
        var path = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Title == "Foto Untuk ETag").LeadPhoto!.ImagePath!));
        var reader = factory.CreateReaderClient();

        using var first = await reader.GetAsync("/media/" + path.Replace(".jpg", "-320.webp"));
        using var again = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await reader.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
