using System.Net;
using Serilog.Events;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>
/// Issue 20: a reader's request for a cached page skips CORS, rate limits, authentication and authorization
/// (Hosting/ReaderShortPath). What it must keep: every security header, no cookie, staff never served the cached page,
/// and a cheap request log. Views counted from the cache: MostReadTests.
/// </summary>
public class ReaderShortPathTests(ReaderCacheTests.LongCacheApp factory) : IClassFixture<ReaderCacheTests.LongCacheApp>
{
    private static readonly string[] SecurityHeaders =
        ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy"];

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task CachedAnswer_CarriesEverySecurityHeader_AndNoCookie(string method)
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        var reader = factory.CreateReaderClient();
        // HEAD is its own cache entry.
        var cached = await reader.SettledETagAsync(url, new HttpMethod(method));

        using var response = await reader.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cached, response.Headers.ETag?.Tag);
        foreach (var header in SecurityHeaders) Assert.True(response.Headers.Contains(header), $"{method} {url} has no {header}");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignedInStaff_GetTheirOwnRendering_NeverTheReadersCachedPage()
    {
        var url = await factory.UrlOfAsync(SeedArticle.Title);
        await factory.CreateReaderClient().SettledETagAsync(url);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The cache gives every entry an ETag; a page rendered for staff (not cached, not from the cache) has none.
        Assert.Null(response.Headers.ETag);
        Assert.Contains(SeedArticle.Title, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CachedAnswers_AreLoggedAtDebug_RenderingsAtInformation()
    {
        var url = $"/search?q=rusia{Guid.NewGuid():N}";
        var reader = factory.CreateReaderClient();
        var cached = await reader.SettledETagAsync(url);
        var informationBefore = RequestLogs(url, LogEventLevel.Information);

        for (var i = 0; i < 5; i++) Assert.Equal(cached, await reader.ETagAsync(url));

        // Each rendering is logged, with where it came from (before this, no request was logged at all).
        Assert.NotEmpty(informationBefore);
        Assert.All(informationBefore, e => Assert.NotNull(LogCollector.Scalar(e, "ClientAddress")));
        Assert.Equal(informationBefore.Count, RequestLogs(url, LogEventLevel.Information).Count);
    }

    private List<LogEvent> RequestLogs(string url, LogEventLevel level) =>
        [.. factory.Logs.Events.Where(e => e.Level == level && LogCollector.Scalar(e, "RequestPath") is { } path
            && url.StartsWith(path, StringComparison.Ordinal) && e.Properties.ContainsKey("StatusCode"))];
}
