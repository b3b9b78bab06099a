using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace TempoClone.Web.Hosting;

/// <summary>
/// The reader cache in Redis, forgiving Redis's absence: a lookup that fails is a miss (the page is rendered), a
/// store that fails is skipped, and a failed eviction is logged — cached pages then expire within
/// Site:ReaderCacheSeconds. So a Redis restart never turns a reader's page or an editor's committed save into a 500;
/// readiness reports it instead.
/// </summary>
public sealed class ForgivingCacheStore(IOutputCacheStore inner, ILogger<ForgivingCacheStore> log) : IOutputCacheBufferStore
{
    /// <summary>Wraps the registered store (Redis's) in this one.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => new ForgivingCacheStore(Create(provider, registered), provider.GetRequiredService<ILogger<ForgivingCacheStore>>()));
    }

    private static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IOutputCacheStore instance } => instance,
        { ImplementationFactory: { } factory } => (IOutputCacheStore)factory(provider),
        { ImplementationType: { } type } => (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The output cache store registration has no implementation."),
    };

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken ct)
    {
        try
        {
            return await inner.GetAsync(key, ct);
        }
        catch (Exception ex) when (IsRedisDown(ex))
        {
            log.LogWarning("Reader cache lookup failed, page rendered instead: {Reason}", ex.Message);
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken ct)
    {
        try
        {
            return inner is IOutputCacheBufferStore buffers ? await buffers.TryGetAsync(key, destination, ct) : await CopyAsync(key, destination, ct);
        }
        catch (Exception ex) when (IsRedisDown(ex))
        {
            log.LogWarning("Reader cache lookup failed, page rendered instead: {Reason}", ex.Message);
            return false;
        }
    }

    private async ValueTask<bool> CopyAsync(string key, PipeWriter destination, CancellationToken ct)
    {
        if (await inner.GetAsync(key, ct) is not { } bytes) return false;
        await destination.WriteAsync(bytes, ct);
        return true;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken ct)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, ct);
        }
        catch (Exception ex) when (IsRedisDown(ex))
        {
            log.LogWarning("Reader page not cached: {Reason}", ex.Message);
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken ct)
    {
        try
        {
            if (inner is IOutputCacheBufferStore buffers) await buffers.SetAsync(key, value, tags, validFor, ct);
            else await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, ct);
        }
        catch (Exception ex) when (IsRedisDown(ex))
        {
            log.LogWarning("Reader page not cached: {Reason}", ex.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken ct)
    {
        try
        {
            await inner.EvictByTagAsync(tag, ct);
        }
        catch (Exception ex) when (IsRedisDown(ex))
        {
            // REVIEW: the save is committed; readers may see the old page until the cached copies expire.
            log.LogError("Reader cache not evicted for {CacheTag}; cached pages expire within Site:ReaderCacheSeconds: {Reason}", tag, ex.Message);
        }
    }

    private static bool IsRedisDown(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;
}
