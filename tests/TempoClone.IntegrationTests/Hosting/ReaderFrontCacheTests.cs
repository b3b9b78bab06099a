using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Popularity;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>
/// Issue 20: a cached reader page is answered at the front of the pipeline from a copy of what the output cache
/// stored (Hosting/ReaderFrontCache). Each test empties the output cache's store behind the copy's back: an answer
/// with the same ETag afterwards can only have come from the copy. What it must keep: the same bytes and headers,
/// HEAD, 304s, views counted; and never a page the long path guards (search's rate limit) or a junk query's copy.
/// </summary>
public class ReaderFrontCacheTests(ReaderCacheTests.LongCacheApp factory) : IClassFixture<ReaderCacheTests.LongCacheApp>
{
    private static readonly string[] SecurityHeaders =
        ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy"];

    /// <summary>Empties the output cache's store only (not the front copies, as a save would).</summary>
    private Task EmptyOutputCacheAsync() => factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, default).AsTask();

    /// <summary>A new published story of this test's own, its page cached (and copied to the front).</summary>
    private async Task<(Article Article, string Url, HttpClient Reader, string ETag)> NewCachedArticleAsync(string title)
    {
        var article = await factory.AddArticleAsync($"{title} {Guid.NewGuid():N}", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5));
        var url = await factory.UrlOfAsync(article.Title);
        var reader = factory.CreateReaderClient();
        return (article, url, reader, await FrontETagAsync(factory, reader, url));
    }

    /// <summary>
    /// The ETag of the page's front copy: one that outlives emptying the output cache. A copy is refused when a tag of
    /// the page was evicted while it rendered (start-up's background work evicts too), so the next rendering is tried.
    /// </summary>
    private static async Task<string> FrontETagAsync(TempoAppFactory app, HttpClient reader, string url, HttpMethod? method = null, string? encoding = null)
    {
        async Task<string?> ETagAsync()
        {
            using var response = await reader.SendAsync(Request(method ?? HttpMethod.Get, url, encoding));
            return response.Headers.ETag?.Tag;
        }
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var cached = await ETagAsync();
            if (cached is null || cached != await ETagAsync()) continue;
            await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, default);
            if (await ETagAsync() == cached) return cached;
        }
        Assert.Fail($"{url} was never answered from the front");
        return "";
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string? encoding = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        return request;
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("GET", "br")]
    [InlineData("GET", "gzip")]
    [InlineData("HEAD", null)]
    public async Task CachedPage_IsAnsweredFromTheFront_WithTheSameBytesAndHeaders(string method, string? encoding)
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        var reader = factory.CreateReaderClient();
        await FrontETagAsync(factory, reader, url, new HttpMethod(method), encoding);
        using var cached = await reader.SendAsync(Request(new HttpMethod(method), url, encoding));
        var cachedBody = await cached.Content.ReadAsByteArrayAsync();
        await EmptyOutputCacheAsync();

        using var front = await reader.SendAsync(Request(new HttpMethod(method), url, encoding));

        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
        Assert.Equal(cached.Headers.ETag, front.Headers.ETag);
        Assert.Equal(cachedBody, await front.Content.ReadAsByteArrayAsync());
        foreach (var header in SecurityHeaders) Assert.True(front.Headers.Contains(header), $"{method} {url} from the front has no {header}");
        Assert.False(front.Headers.Contains("Set-Cookie"));
        Assert.True(front.Headers.CacheControl!.NoCache);
        Assert.Equal(cached.Content.Headers.ContentEncoding, front.Content.Headers.ContentEncoding);
        if (encoding is not null) Assert.Equal([encoding], front.Content.Headers.ContentEncoding);
        Assert.Equal(cached.Headers.Vary, front.Headers.Vary);
        if (encoding is not null) Assert.Contains("Accept-Encoding", front.Headers.Vary);
        Assert.Equal(cached.Content.Headers.ContentType, front.Content.Headers.ContentType);
    }

    [Fact]
    public async Task FrontCopy_AnswersConditionalGetsWith304_WithItsValidatorsAndSecurityHeaders()
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        var reader = factory.CreateReaderClient();
        await FrontETagAsync(factory, reader, url);
        using var page = await reader.GetAsync(url);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { page.Headers.ETag! } } };
        using var tagResponse = await reader.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfModifiedSince = page.Content.Headers.LastModified } };
        using var dateResponse = await reader.SendAsync(byDate);
        using var otherTag = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { new EntityTagHeaderValue("\"anders\"", isWeak: true) } } };
        using var otherResponse = await reader.SendAsync(otherTag);

        Assert.Equal(HttpStatusCode.NotModified, tagResponse.StatusCode);
        Assert.Empty(await tagResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(page.Headers.ETag, tagResponse.Headers.ETag);
        foreach (var header in SecurityHeaders) Assert.True(tagResponse.Headers.Contains(header), $"a 304 from the front has no {header}");
        Assert.Equal(HttpStatusCode.NotModified, dateResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        Assert.Equal(page.Headers.ETag, otherResponse.Headers.ETag);
    }

    [Fact]
    public async Task ReadersViews_AnsweredFromTheFront_AreCounted()
    {
        var (article, url, reader, etag) = await NewCachedArticleAsync("Berita Hitungan Depan");
        await EmptyOutputCacheAsync();

        for (var i = 0; i < 3; i++)
        {
            using var view = new HttpRequestMessage(HttpMethod.Get, url);
            view.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36");
            view.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
            view.Headers.AcceptLanguage.ParseAdd("id-ID,id;q=0.9");
            view.Headers.Add("Sec-Fetch-Dest", "document");
            view.Headers.Add("Sec-Fetch-Mode", "navigate");
            view.Headers.Add(TempoAppFactory.ClientAddressHeader, $"10.9.0.{i + 1}");
            using var response = await reader.SendAsync(view);
            Assert.Equal(etag, response.Headers.ETag?.Tag);
        }
        await factory.Services.GetRequiredService<ViewCounter>().FlushAsync();

        Assert.Equal(3, await factory.WithDbAsync(db => Task.FromResult(db.ArticleViewCounts.Where(v => v.ArticleId == article.Id).Sum(v => (int?)v.Views) ?? 0)));
    }

    [Theory]
    // Search has its own rate limit: the long path must see every request.
    [InlineData("/search?q=rusia")]
    // A query key the page does not read: answered by the output cache's entry, never copied.
    [InlineData("/?utm_source=depan")]
    public async Task PageTheFrontMustNotCopy_IsNotAnsweredFromIt(string url)
    {
        var reader = factory.CreateReaderClient();
        await reader.SettledETagAsync("/");
        var cached = await reader.SettledETagAsync(url);
        await EmptyOutputCacheAsync();

        Assert.NotEqual(cached, await reader.ETagAsync(url));
    }

    [Fact]
    public async Task FrontAnswers_AreLoggedAtDebug_WithTheClientAddress()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:ReaderCacheSeconds"] = "600", ["Serilog:MinimumLevel:Default"] = "Debug" } };
        var url = await app.UrlOfAsync(SeedArticle.Title);
        var reader = app.CreateReaderClient();
        var etag = await FrontETagAsync(app, reader, url);
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, default);
        int Logged(LogEventLevel level) => app.Logs.Events.Count(e => e.Level == level && LogCollector.Scalar(e, "RequestPath") == url
            && LogCollector.Scalar(e, "StatusCode") == "200" && LogCollector.Scalar(e, "ClientAddress") is not null);
        var information = Logged(LogEventLevel.Information);
        var debug = Logged(LogEventLevel.Debug);

        Assert.Equal(etag, await reader.ETagAsync(url));

        Assert.Equal(debug + 1, Logged(LogEventLevel.Debug));
        Assert.Equal(information, Logged(LogEventLevel.Information));
    }

    [Fact]
    public async Task ASave_EvictsTheFrontCopy()
    {
        var (article, url, reader, before) = await NewCachedArticleAsync("Berita Salinan Depan");

        await factory.Services.GetRequiredService<ReaderEvictions>().EvictAsync(ReaderTags.OfArticle(article.Id));

        Assert.NotEqual(before, await reader.ETagAsync(url));
    }
}
