using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Scaleout;

/// <summary>
/// Two instances of the app on one database and one Redis (a real redis-server on loopback): the reader cache is
/// one cache for both, a write on one evicts pages on the other, a reader is counted once across them, and
/// readiness follows Redis while pages keep being served without it.
/// </summary>
public sealed class RedisTests(RedisTests.SharedRedisServer redis) : IClassFixture<RedisTests.SharedRedisServer>
{
    public sealed class SharedRedisServer : IDisposable
    {
        public RedisServer Server { get; } = new();
        public void Dispose() => Server.Dispose();
    }

    /// <summary>Instance A on its own database; B on the same database and data folder, both on this Redis.</summary>
    private static (TempoAppFactory A, TempoAppFactory B) TwoInstances(string redisConfiguration)
    {
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = redisConfiguration,
            // Each test its own key prefix, so tests sharing the server never see each other's pages.
            ["Redis:InstanceName"] = $"test-{Guid.NewGuid():N}:",
        };
        var a = new TempoAppFactory { Settings = settings };
        _ = a.Services; // A creates, migrates and seeds the database before B opens it
        var b = new TempoAppFactory(RepoPaths.SeedArticles, a.DatabasePath) { Settings = new(settings) { ["Site:DataFolder"] = a.Folder } };
        return (a, b);
    }

    private static async Task<(string ETag, string Html)> ReadAsync(TempoAppFactory instance, string url)
    {
        using var response = await instance.CreateReaderClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.Tag, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReaderCache_IsOneCacheForBothInstances()
    {
        var (a, b) = TwoInstances(redis.Server.Configuration);
        using (a)
        using (b)
        {
            var onB = await b.CreateReaderClient().SettledETagAsync("/indeks");
            var onA = await ReadAsync(a, "/indeks");

            Assert.Equal(onB, onA.ETag); // rendered once, by B, and served to A's reader from Redis
            Assert.IsType<ForgivingCacheStore>(a.Services.GetRequiredService<IOutputCacheStore>());
        }
    }

    [Fact]
    public async Task WriteOnOneInstance_EvictsThePageTheOtherHadCached()
    {
        var (a, b) = TwoInstances(redis.Server.Configuration);
        using (a)
        using (b)
        {
            var before = await b.CreateReaderClient().SettledETagAsync("/"); // B serves its home page from the cache
            var title = $"Kabar Dua Mesin {Guid.NewGuid():N}";

            await a.AddArticleAsync(title, ArticleStatus.Published, a.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)); // evicts through A's store

            var after = await ReadAsync(b, "/");
            Assert.NotEqual(before, after.ETag);
            Assert.Contains(title, after.Html);
        }
    }

    [Fact]
    public async Task Reader_IsCountedOnceAcrossInstances()
    {
        var (a, b) = TwoInstances(redis.Server.Configuration);
        using (a)
        using (b)
        {
            var article = await a.AddArticleAsync($"Kabar Dibaca Dua Mesin {Guid.NewGuid():N}", ArticleStatus.Published, a.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
            var onA = a.Services.GetRequiredService<ViewCounter>();
            var onB = b.Services.GetRequiredService<ViewCounter>();

            Assert.True(await onA.RecordAsync(article.Id, "198.51.100.7"));
            Assert.False(await onB.RecordAsync(article.Id, "198.51.100.7")); // the load balancer sent the same reader to B
            Assert.True(await onB.RecordAsync(article.Id, "198.51.100.8"));
            await onA.FlushAsync();
            await onB.FlushAsync();

            Assert.Equal(2, await a.WithDbAsync(db => Task.FromResult(db.ArticleViewCounts.Where(v => v.ArticleId == article.Id).Sum(v => v.Views))));
        }
    }

    [Fact]
    public async Task RedisGone_NotReady_ButPagesSavesAndViewsStillWork()
    {
        using var ownRedis = new RedisServer();
        var (a, b) = TwoInstances(ownRedis.Configuration);
        using (a)
        using (b)
        {
            var client = a.CreateReaderClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(UrlMap.HealthReady)).StatusCode);
            await ReadAsync(a, "/");

            ownRedis.Stop();

            using var ready = await client.GetAsync(UrlMap.HealthReady);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(UrlMap.Health)).StatusCode);
            var title = $"Kabar Tanpa Redis {Guid.NewGuid():N}";
            await a.AddArticleAsync(title, ArticleStatus.Published, a.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)); // the eviction fails quietly
            Assert.Contains(title, (await ReadAsync(a, "/")).Html); // a miss, rendered fresh
            var article = await a.WithDbAsync(db => db.Articles.SingleAsync(x => x.Title == title));
            Assert.True(await a.Services.GetRequiredService<ViewCounter>().RecordAsync(article.Id, "198.51.100.9")); // counted by A alone
        }
    }
}
