using System.Net;
using System.Net.Http.Headers;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// Reading the reader cache's ETags. Every cached rendering has its own ETag, so the same ETag twice means the same
/// cache entry. The output cache stores an entry after the last byte has gone to the client, so a request sent right
/// after a miss can itself miss and render again: <see cref="SettledETagAsync"/> waits for the entry to be stored.
/// </summary>
public static class CachedPages
{
    public static async Task<string> ETagAsync(this HttpClient reader, string url, HttpMethod? method = null)
    {
        using var response = await reader.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag).Tag;
    }

    /// <summary>The ETag of the cached entry for <paramref name="url"/>, once two requests in a row get the same one.</summary>
    public static async Task<string> SettledETagAsync(this HttpClient reader, string url, HttpMethod? method = null)
    {
        var last = await reader.ETagAsync(url, method);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var next = await reader.ETagAsync(url, method);
            if (next == last) return next;
            last = next;
            await Task.Delay(100);
        }
        Assert.Fail($"{url} was never served from the reader cache");
        return last;
    }
}
