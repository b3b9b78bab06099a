using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Reader pages are served from the output cache for a few seconds (Site:ReaderCacheSeconds).
/// Every cached page carries tags saying what it shows (<see cref="ReaderTags"/>): an article save evicts the pages
/// that show that article, its kanal, tags and reporters, the home page and the lists of every article
/// (<see cref="ReaderEvictions"/>); pages that name no tags of their own carry <see cref="ReaderTags.AnyArticle"/>
/// and go on every article save. A scheduled story going live evicts at its minute (Newsroom's scheduler);
/// "2 jam lalu" catches up within the cache's seconds. Staff (signed in) are never
/// served from the cache: the default policy skips authenticated requests.
/// A cached page varies only by the query keys the page itself declares (<see cref="ReaderQueryKeysAttribute"/>, beside
/// its bound properties), so "?utm_source=…" or any junk key hits the same entry; the whole cache is bounded by
/// Site:ReaderCacheMegabytes.
/// </summary>
public static class ReaderCache
{
    /// <summary>Every cached reader page and feed; a page that reads query keys names them with <see cref="ReaderQueryKeysAttribute"/>.</summary>
    public const string Policy = "reader";
    /// <summary>Sitemap files: kept a day (or until a story they list changes, <see cref="ReaderTags.SitemapBlock"/>), not seconds.</summary>
    public const string SitemapPolicy = "reader-sitemap";
    public const string Tag = "reader";
    private static readonly TimeSpan SitemapLifetime = TimeSpan.FromDays(1);

    public static IServiceCollection AddReaderCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddSingleton<ReaderEvictions>();
        services.AddSingleton<ReaderFrontCache>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SiteOptions>>((options, site) =>
        {
            // CASE: "/Internasional" must reach the page (and its 301), not the cached "/internasional".
            options.UseCaseSensitivePaths = true;
            // Entries are sized by their bytes; past the limit new pages are simply not cached, however many URLs come.
            options.SizeLimit = site.Value.ReaderCacheMegabytes * 1024L * 1024L;
            options.MaximumBodySize = 1024 * 1024;
            options.AddPolicy(Policy, policy => Build(policy, TimeSpan.FromSeconds(site.Value.ReaderCacheSeconds)));
            options.AddPolicy(SitemapPolicy, policy => Build(policy, SitemapLifetime));

            void Build(OutputCachePolicyBuilder policy, TimeSpan lifetime)
            {
                if (site.Value.ReaderCacheSeconds <= 0)
                {
                    policy.NoCache();
                    return;
                }
                policy.Expire(lifetime).Tag(Tag, ReaderTags.AnyArticle)
                    .AddPolicy<VaryByDeclaredQuery>()
                    // Response compression runs inside the cache, so each encoding is its own entry, compressed once.
                    .VaryByValue(context => new KeyValuePair<string, string>("encoding", ReaderCompression.EncodingFor(context.Request)))
                    .AddPolicy<ConditionalGet>();
            }
        });
        return services;
    }

    /// <summary>
    /// The output cache, with each anonymous request to a cached page type counted as a hit or a miss
    /// (<see cref="SiteMetrics.ReaderCache"/>): a marker set behind the cache shows the page was rendered; a request
    /// the cache answered never reaches it. Staff requests (no cache lookup) are not counted.
    /// </summary>
    public static IApplicationBuilder UseReaderOutputCache(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is not { } endpoint || !IsCached(endpoint))
            {
                await next(context);
                return;
            }
            var visit = new CacheVisit();
            context.Features.Set(visit);
            await next(context);
            var outcome = visit.Rendered is { } lookedUp ? (lookedUp ? "miss" : null) : "hit";
            if (outcome is not null) SiteMetrics.ReaderCache.Add(1, new("page", PageType(endpoint)), new("outcome", outcome));
        });
        app.UseOutputCache();
        return app.Use((context, next) =>
        {
            if (context.Features.Get<CacheVisit>() is { } visit)
            {
                visit.Cache = context.Features.Get<IOutputCacheFeature>()?.Context;
                visit.Rendered = visit.Cache?.AllowCacheLookup == true;
                if (visit.Rendered == true && visit.Cache!.AllowCacheStorage) ReaderFrontPath.CaptureBody(context);
            }
            return next(context);
        });
    }

    /// <summary>
    /// The output cache answered this request itself (a hit, or a 304 to a reader's validator): the page did not run.
    /// Known once the response is done (the request log asks).
    /// </summary>
    public static bool AnsweredFromCache(HttpContext context) => context.Features.Get<CacheVisit>() is { Rendered: null } && context.Response.StatusCode is 200 or 304;

    /// <summary>
    /// The output cache's decisions about a page it did not have and rendered (its tags, its lifetime, whether it was
    /// stored), once the response is done; null when the cache answered or was not asked. The front cache copies
    /// such a page (<see cref="ReaderFrontCache"/>).
    /// </summary>
    internal static OutputCacheContext? RenderedForCache(HttpContext context) =>
        context.Features.Get<CacheVisit>() is { Rendered: true, Cache: { } cache } ? cache : null;

    /// <summary>A cached page type's request passing the cache: Rendered stays null when the cache answered it, else says whether the cache was looked up.</summary>
    private sealed class CacheVisit
    {
        public bool? Rendered { get; set; }
        // Kept here: the output cache removes its feature from the request when it is done.
        public OutputCacheContext? Cache { get; set; }
    }

    internal static bool IsCached(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is not null || endpoint.Metadata.GetMetadata<IOutputCachePolicy>() is not null;

    /// <summary>A few page types, never the URL: the Razor page (/Articles/Show) or the route (/sitemap.xml).</summary>
    internal static string PageType(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath
        ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "other";

    /// <summary>
    /// Says exactly what this page shows, for eviction: the page then no longer goes with every article save
    /// (<see cref="ReaderTags.AnyArticle"/>), only with saves of what it names. Nothing happens when the page is not cached.
    /// </summary>
    public static void TagReaderPage(this HttpContext http, IEnumerable<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context.Tags is not { } cacheTags) return;
        cacheTags.Remove(ReaderTags.AnyArticle);
        cacheTags.UnionWith(tags);
    }

    /// <summary>The query keys the endpoint declares (<see cref="ReaderQueryKeysAttribute"/>), and no other.</summary>
    private sealed class VaryByDeclaredQuery : IOutputCachePolicy
    {
        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            var keys = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ReaderQueryKeysAttribute>()?.Keys ?? [];
            // An empty key list still replaces the default "*": no query key makes a new entry.
            context.CacheVaryByRules.QueryKeys = keys.Length == 0 ? new StringValues("") : new StringValues(keys);
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }

    /// <summary>
    /// Keeps this page's cache entry no longer than <paramref name="untilUtc"/> (something it shows ends then: a front
    /// page slot, the breaking-news bar), so the change shows even where no timer evicts it. Nothing happens when the
    /// page is not cached or nothing ends.
    /// </summary>
    public static void KeepReaderPageUntil(this HttpContext http, DateTime untilUtc, DateTime nowUtc)
    {
        if (untilUtc == DateTime.MaxValue || http.Features.Get<IOutputCacheFeature>()?.Context is not { } cache) return;
        var left = untilUtc - nowUtc;
        if (left <= TimeSpan.Zero) cache.AllowCacheStorage = false;
        else if (cache.ResponseExpirationTimeSpan is not { } current || left < current) cache.ResponseExpirationTimeSpan = left;
    }

    /// <summary>
    /// Gives every cached rendering a validator: Last-Modified (when it was rendered) and an ETag unique to the entry,
    /// and tells browsers to revalidate it on every visit.
    /// The output cache answers If-None-Match / If-Modified-Since on a hit with 304 and no body.
    /// </summary>
    private sealed class ConditionalGet(TimeProvider clock) : IOutputCachePolicy
    {
        // Set before the page runs: the cache snapshots headers as the body starts, before OnStarting callbacks.
        // A response served from the cache gets its stored validators instead (the cache overwrites these).
        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            if (!context.AllowCacheStorage) return ValueTask.CompletedTask;
            var response = context.HttpContext.Response;
            var now = clock.GetUtcNow();
            // Weak: the same page in another encoding is another entry with its own tag.
            response.Headers.ETag = $"W/\"{now.UtcTicks:x}{Random.Shared.Next():x}\"";
            response.Headers.LastModified = HeaderUtilities.FormatDate(now);
            // Browsers ask again each time (a cheap 304 while the entry lives): without it they may reuse a page by
            // heuristic freshness after an editor withdrew or corrected the story.
            response.Headers.CacheControl = "no-cache";
            response.OnStarting(() =>
            {
                // A redirect or an error page is not this page's version.
                if (response.StatusCode != StatusCodes.Status200OK) response.Headers.Remove(HeaderNames.ETag);
                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}
