using System.Net;
using System.Net.Http.Headers;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>
/// /metrics: off by default; when on, the site's own series and the framework's in Prometheus's text format, for
/// loopback, an allowed address or the bearer token, and the site's 404 for anyone else.
/// </summary>
public class MetricsTests(MetricsTests.MetricsApp factory) : IClassFixture<MetricsTests.MetricsApp>
{
    public const string Token = "token-rahasia-untuk-prometheus-uji";

    public sealed class MetricsApp : TempoAppFactory
    {
        public MetricsApp()
        {
            Settings["Metrics:Enabled"] = "true";
            Settings["Metrics:BearerToken"] = Token;
            Settings["Metrics:AllowedAddresses:0"] = "10.0.0.9";
            Settings["Site:ReaderCacheSeconds"] = "600";
        }
    }

    [Fact]
    public async Task Metrics_AfterAFewRequests_ShowTheNamedSeries()
    {
        var reader = factory.CreateReaderClient();
        for (var i = 0; i < 3; i++) (await reader.GetAsync("/")).EnsureSuccessStatusCode();
        (await reader.GetAsync("/search?q=jakarta")).EnsureSuccessStatusCode();

        // The exporter reuses a scrape for a moment, so one made just before these requests may answer first.
        var (text, mediaType) = ("", "");
        await Eventually.HoldsAsync(async () =>
        {
            using var scrape = await ScrapeAsync(bearer: Token);
            (text, mediaType) = (await scrape.Content.ReadAsStringAsync(), scrape.Content.Headers.ContentType?.MediaType ?? "");
            return scrape.StatusCode == HttpStatusCode.OK &&
                text.Contains("tempo_reader_cache_requests_total{otel_scope_name=\"TempoClone\",outcome=\"hit\",page=\"/Index\"}");
        }, "a cache hit of the home page in /metrics");

        Assert.Equal("text/plain", mediaType);
        Assert.Contains("outcome=\"miss\",page=\"/Index\"", text);
        Assert.Contains("tempo_search_queries_total", text);
        Assert.Contains("tempo_db_command_duration_seconds_bucket{otel_scope_name=\"TempoClone\",db_system=", text);
        Assert.Contains("tempo_view_counts_pending", text);
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Contains("dotnet_gc_collections_total", text);
    }

    [Theory]
    [InlineData("203.0.113.7", null)]
    [InlineData("203.0.113.7", "token-yang-salah-untuk-prometheus")]
    public async Task Metrics_ForAnAnonymousReader_AreNotFound(string address, string? bearer)
    {
        using var response = await ScrapeAsync(bearer, address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("tempo_", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_FromLoopbackThroughAProxy_AreNotFound()
    {
        using var response = await ScrapeAsync(bearer: null, address: "127.0.0.1", forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.9")]
    public async Task Metrics_FromLoopbackOrAnAllowedAddress_AreServed(string address)
    {
        using var response = await ScrapeAsync(bearer: null, address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ByDefault_AreNotFoundEvenFromLoopback()
    {
        using var app = new TempoAppFactory();

        using var response = await Scrape(app, bearer: null, address: "127.0.0.1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> ScrapeAsync(string? bearer, string? address = null, string? forwardedFor = null) =>
        Scrape(factory, bearer, address, forwardedFor);

    private static async Task<HttpResponseMessage> Scrape(TempoAppFactory app, string? bearer, string? address, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (address is not null) request.Headers.Add(TempoAppFactory.ClientAddressHeader, address);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await app.CreateReaderClient().SendAsync(request);
    }
}
