using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>The reader output cache: what makes a new entry, its bound, conditional GETs and compression.</summary>
public class ReaderCacheTests(ReaderCacheTests.LongCacheApp factory) : IClassFixture<ReaderCacheTests.LongCacheApp>
{
    /// <summary>
    /// Entries live ten minutes here, so only an eviction ends one: with the default seconds, a pause on a busy machine
    /// between two requests that should meet the same entry could outlast it.
    /// </summary>
    public sealed class LongCacheApp : TempoAppFactory
    {
        public LongCacheApp() => Settings["Site:ReaderCacheSeconds"] = "600";
    }

    // Every cached rendering gets its own ETag, so two responses with the same ETag came from the same cache entry.
    private async Task<string> ETagOfAsync(string url)
    {
        using var response = await factory.CreateReaderClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag).Tag;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/internasional?page=1")]
    [InlineData("/indeks?kanal=internasional")]
    [InlineData("/search?q=rusia")]
    public async Task QueryKeyThePageDoesNotRead_HitsTheSameEntry(string url)
    {
        var separator = url.Contains('?') ? '&' : '?';
        var first = await factory.CreateReaderClient().SettledETagAsync($"{url}{separator}utm_source={Guid.NewGuid():N}");
        var second = await ETagOfAsync($"{url}{separator}utm_source={Guid.NewGuid():N}&fbclid=x");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task QueryKeyThePageReads_MakesItsOwnEntry()
    {
        var first = await ETagOfAsync($"/search?q=rusia{Guid.NewGuid():N}");
        var second = await ETagOfAsync($"/search?q=rusia{Guid.NewGuid():N}");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task ExtraQueryKey_DoesNotHideAnEditorsChange()
    {
        var title = $"Kabar Uji Cache {Guid.NewGuid():N}";
        await ETagOfAsync("/?ref=sebelum");
        await factory.AddArticleAsync(title, ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));

        var html = await factory.CreateReaderClient().GetStringAsync("/?ref=sesudah");

        Assert.Contains(title, html);
    }

    [Fact]
    public void CacheSize_IsBoundedBySetting()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:ReaderCacheMegabytes"] = "2" } };

        var options = app.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(2L * 1024 * 1024, options.SizeLimit);
        Assert.True(options.MaximumBodySize <= options.SizeLimit);
    }

    [Fact]
    public async Task CachedPage_AnswersConditionalGetWith304()
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        using var first = await factory.CreateReaderClient().GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
        using var tagResponse = await factory.CreateReaderClient().SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfModifiedSince = lastModified } };
        using var dateResponse = await factory.CreateReaderClient().SendAsync(byDate);

        Assert.Equal(HttpStatusCode.NotModified, tagResponse.StatusCode);
        Assert.Empty(await tagResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, dateResponse.StatusCode);
    }

    [Fact]
    public async Task ReaderPage_TellsBrowsersToRevalidate_SoAWithdrawnStoryIsNotReusedFromTheirCache()
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        using var page = await factory.CreateReaderClient().GetAsync(url);
        using var cached = await factory.CreateReaderClient().GetAsync(url);

        Assert.True(page.Headers.CacheControl!.NoCache);
        Assert.True(cached.Headers.CacheControl!.NoCache);
        Assert.Equal(page.Headers.ETag, cached.Headers.ETag);
    }

    [Fact]
    public async Task ChangedPage_AnswersConditionalGetWithTheNewPage()
    {
        var etag = (await factory.CreateReaderClient().GetAsync("/")).Headers.ETag!;
        var title = $"Kabar Baru Uji ETag {Guid.NewGuid():N}";
        await factory.AddArticleAsync(title, ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { IfNoneMatch = { etag } } };
        using var response = await factory.CreateReaderClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ReaderPage_IsCompressedAsTheBrowserAsks(string encoding)
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding == "br" ? "gzip, deflate, br" : "gzip");

        using var response = await factory.CreateReaderClient().SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        var html = await new StreamReader(decompressed).ReadToEndAsync();
        Assert.Contains(SeedArticle.Title, html);
    }

    [Fact]
    public async Task PlainRequest_AfterACompressedOne_GetsPlainText()
    {
        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "Accept-Encoding", "br" } } };
        (await factory.CreateReaderClient().SendAsync(compressed)).Dispose();

        using var response = await factory.CreateReaderClient().GetAsync("/");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html lang=\"id\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EditorPages_AreNeverCompressed_BecauseTheyCarryTokens()
    {
        var anonymous = factory.CreateStaffClient();
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        foreach (var (client, url) in new[] { (anonymous, "/editor/account/login"), (editor, "/editor"), (editor, "/editor/articles/edit") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Accept-Encoding", "gzip, br" } } };
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(response.Content.Headers.ContentEncoding);
        }
    }
}

/// <summary>Searches one client may run at once: more wait briefly, past the queue they get 429; other clients are served.</summary>
public class SearchLimitTests
{
    [Fact]
    public async Task ManySearchesAtOnceFromOneClient_SomeGet429_OthersAreServed()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:SearchesPerClient"] = "1", ["Site:ReaderCacheSeconds"] = "0" } };
        var flood = ReaderFrom(app, "203.0.113.7");

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => flood.GetAsync($"/search?q=korea+rusia{i}")));
        using var other = await ReaderFrom(app, "203.0.113.8").GetAsync("/search?q=korea");

        var codes = answers.Select(a => a.StatusCode).ToList();
        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        Assert.Contains(HttpStatusCode.OK, codes);
        Assert.All(codes, code => Assert.True(code is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{code}"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static HttpClient ReaderFrom(TempoAppFactory app, string address)
    {
        var client = app.CreateReaderClient();
        client.DefaultRequestHeaders.Add(TempoAppFactory.ClientAddressHeader, address);
        return client;
    }
}
