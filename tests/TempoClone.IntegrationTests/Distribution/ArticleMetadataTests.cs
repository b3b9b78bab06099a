using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Distribution;

public class ArticleMetadataTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    /// <summary>Each test makes its own article (a title, and so a slug, can exist only once).</summary>
    private async Task<(AngleSharp.Dom.IDocument Page, JsonElement Ld, string Url)> ArticleWithPhotoAsync(string title)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PhotoCaption"] = "Keterangan metadata.";
        fields["Input.PhotoCredit"] = "TEMPO/Metadata";
        fields["Input.PhotoAlt"] = "Alt metadata";
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));
        var url = await factory.UrlOfAsync(title);
        var page = await factory.CreateReaderClient().GetDocumentAsync(url);
        var json = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        return (page, JsonDocument.Parse(json).RootElement, url);
    }

    [Fact]
    public async Task ArticlePage_HasCompleteNewsArticleJsonLd()
    {
        var (_, ld, url) = await ArticleWithPhotoAsync("Metadata Berita Lengkap");

        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("Metadata Berita Lengkap", ld.GetProperty("headline").GetString());
        Assert.Equal("Ringkasan Metadata Berita Lengkap", ld.GetProperty("description").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", ld.GetProperty("datePublished").GetString());
        Assert.EndsWith("+07:00", ld.GetProperty("dateModified").GetString());
        var author = Assert.Single(ld.GetProperty("author").EnumerateArray());
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Sita Dewi", author.GetProperty("name").GetString());
        Assert.Equal(TempoAppFactory.BaseUrl + "/penulis/sita-dewi", author.GetProperty("url").GetString());
        var image = ld.GetProperty("image");
        Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/media/", image.GetProperty("url").GetString());
        Assert.Equal("Keterangan metadata.", image.GetProperty("caption").GetString());
        Assert.Equal("TEMPO/Metadata", image.GetProperty("creditText").GetString());
        var publisher = ld.GetProperty("publisher");
        Assert.Equal("NewsMediaOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("TempoClone", publisher.GetProperty("name").GetString());
        Assert.Equal(TempoAppFactory.BaseUrl + "/img/logo.png", publisher.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("Internasional", ld.GetProperty("articleSection").GetString());
        Assert.Equal(["banjir", "jakarta"], ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("id", ld.GetProperty("inLanguage").GetString());
        Assert.Equal(TempoAppFactory.BaseUrl + url, ld.GetProperty("url").GetString());
    }

    [Fact]
    public async Task ArticlePage_HasOpenGraphTwitterCanonicalAndDescription()
    {
        var (page, _, url) = await ArticleWithPhotoAsync("Metadata Berita Sosial");
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");

        Assert.Equal(TempoAppFactory.BaseUrl + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Ringkasan Metadata Berita Sosial", Meta("meta[name=description]"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("Metadata Berita Sosial", Meta("meta[property='og:title']"));
        Assert.Equal("Ringkasan Metadata Berita Sosial", Meta("meta[property='og:description']"));
        Assert.Equal(TempoAppFactory.BaseUrl + url, Meta("meta[property='og:url']"));
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/media/", Meta("meta[property='og:image']"));
        Assert.EndsWith("+07:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("Metadata Berita Sosial", Meta("meta[name='twitter:title']"));
    }

    [Fact]
    public async Task CanonicalUrls_ComeFromConfigurationNotTheHostHeader()
    {
        var client = factory.CreateReaderClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, await factory.UrlOfAsync(SeedArticle.Title));
        request.Headers.Host = "localhost";

        var page = await HtmlDocuments.ParseAsync(await client.SendAsync(request));

        Assert.StartsWith(TempoAppFactory.BaseUrl + "/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/read/{id}/makin-mesra")]
    [InlineData("/read/{id}")]
    [InlineData("/amp/{id}/makin-mesra")]
    [InlineData("/read/news/2023/08/31/{id}/makin-mesra-rusia")]
    public async Task LegacyTempoUrls_Redirect301ToCanonical(string template)
    {
        var canonical = await factory.UrlOfAsync(SeedArticle.Title);
        var id = canonical[(canonical.LastIndexOf('-') + 1)..];

        using var response = await factory.CreateReaderClient().GetAsync(template.Replace("{id}", id));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/read/999999/tidak-ada")]
    [InlineData("/amp/0/nol")]
    [InlineData("/read/news/2023/13/99/abc/x")]
    public async Task LegacyTempoUrls_UnknownArticle_Is404(string path)
    {
        using var response = await factory.CreateReaderClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
