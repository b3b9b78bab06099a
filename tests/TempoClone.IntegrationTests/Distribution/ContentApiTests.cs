using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Distribution;

public class ContentApiTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    private async Task<OpenApiShape> OpenApiAsync() =>
        new(JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement);

    /// <summary>Each test makes its own article, tagged with its own tag (a title, and so a slug, can exist only once).</summary>
    private async Task<int> ArticleWithEverythingAsync(string title)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Tags"] = "tag " + title;
        fields["Input.PhotoCaption"] = "Keterangan API.";
        fields["Input.PhotoCredit"] = "TEMPO/API";
        fields["Input.PhotoAlt"] = "Alt API";
        fields["Input.EditorsPick"] = SeedArticle.PickTitle;
        fields["Input.Related"] = SeedArticle.FirstRelatedTitle;
        fields["Input.Body"] = "Isi **tebal** dan [tautan](javascript:alert(1)).";
        return await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));
    }

    [Fact]
    public async Task GetArticle_MatchesItsOpenApiSchemaAndCarriesEverything()
    {
        var id = await ArticleWithEverythingAsync("Api Berita Lengkap");

        var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/articles/{id}")).RootElement;

        var shape = await OpenApiAsync();
        Assert.Empty(shape.Problems(shape.ResponseSchema("/api/articles/{id}"), json));
        Assert.Equal("Api Berita Lengkap", json.GetProperty("title").GetString());
        Assert.Contains("<strong>tebal</strong>", json.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain("javascript:", json.GetProperty("bodyHtml").GetString());
        Assert.Equal("TEMPO/API", json.GetProperty("photo").GetProperty("credit").GetString());
        Assert.Equal("Keterangan API.", json.GetProperty("photo").GetProperty("caption").GetString());
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/media/", json.GetProperty("photo").GetProperty("url").GetString());
        Assert.Equal(SeedArticle.PickTitle, json.GetProperty("editorsPick").GetProperty("title").GetString());
        Assert.Equal(SeedArticle.FirstRelatedTitle, json.GetProperty("related")[0].GetProperty("title").GetString());
        Assert.EndsWith("+07:00", json.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task ListArticles_MatchesSchemaPagesAndFilters()
    {
        await ArticleWithEverythingAsync("Api Berita Daftar");
        var shape = await OpenApiAsync();

        var page = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?pageSize=5")).RootElement;
        Assert.Empty(shape.Problems(shape.ResponseSchema("/api/articles"), page));
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());

        var byTag = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?tag=tag-api-berita-daftar")).RootElement;
        Assert.Equal(["Api Berita Daftar"], byTag.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var byKanal = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?kanal=olahraga")).RootElement;
        Assert.Equal(0, byKanal.GetProperty("items").GetArrayLength());
        var capped = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?pageSize=1000000&page=-4")).RootElement;
        Assert.Equal(100, capped.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, capped.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task ListArticles_NextWalksOlderStories_KeepingTheFilter()
    {
        for (var i = 0; i < 10; i++)
            await factory.AddArticleAsync($"Api Kursor {i}", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddDays(-9).AddMinutes(i), kanal: "Api Kursor");
        var first = JsonDocument.Parse(await _client.GetStringAsync("/api/articles?pageSize=3&kanal=api-kursor")).RootElement;
        var next = first.GetProperty("next").GetString()!;
        // "next" is absolute, on the site's public address.
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/api/articles?", next);
        var second = JsonDocument.Parse(await _client.GetStringAsync(new Uri(next).PathAndQuery)).RootElement;
        var deep = JsonDocument.Parse(await _client.GetStringAsync(new Uri(second.GetProperty("next").GetString()!).PathAndQuery)).RootElement;

        Assert.Contains("kanal=api-kursor", next);
        Assert.Contains("sebelum=", next);
        var ids = new[] { first, second, deep }.SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(9, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(new[] { first, second, deep }.SelectMany(p => p.GetProperty("items").EnumerateArray()),
            i => Assert.Equal("api-kursor", i.GetProperty("kanal").GetProperty("slug").GetString()));
        Assert.Equal([.. Enumerable.Range(1, 9).Reverse().Select(i => $"Api Kursor {i}")],
            new[] { first, second, deep }.SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString())));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles?sebelum=bukan-kursor")).StatusCode);
    }

    [Fact]
    public async Task GetArticle_SecondRequestWithETag_Is304()
    {
        var url = "/api/articles/" + (await factory.UrlOfAsync(SeedArticle.Title)).Split('-').Last();
        using var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Api_AllowsCrossOriginGetsOnly()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        get.Headers.Add("Origin", "https://aplikasi.example");
        using var getResponse = await _client.SendAsync(get);
        Assert.Equal("*", getResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "https://aplikasi.example");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        using var preflightResponse = await _client.SendAsync(preflight);
        Assert.False(preflightResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE")));
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/articles/0")]
    public async Task GetArticle_UnknownOrUnpublished_Is404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task GetArticle_Draft_Is404()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Api Draf Rahasia", status: "Draft"));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/articles/{id}")).StatusCode);
    }
}
