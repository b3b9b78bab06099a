using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TempoClone.Web.Hosting;

public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string ("redis:6379,password=…"); empty means one machine, no Redis.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key the site writes, so several sites can share one Redis.</summary>
    [Required]
    public string InstanceName { get; set; } = "tempo:";
}

/// <summary>
/// The one Redis connection every instance shares when Redis:Configuration is set: it holds the reader output cache
/// (so an editor's write on one instance evicts pages on all), the readers seen for view counting, and readiness asks
/// it. Connected as a start-up step: an unreachable Redis stops start-up with one line, not a stack trace. After that
/// the client reconnects by itself.
/// </summary>
public sealed class SharedRedis(IOptions<RedisOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Configuration);

    /// <summary>A key under this site's prefix.</summary>
    public string Key(string name) => options.Value.InstanceName + name;

    public IConnectionMultiplexer Connection => _connection ?? ConnectAsync().GetAwaiter().GetResult();

    public async Task<IConnectionMultiplexer> ConnectAsync()
    {
        if (_connection is { } connected) return connected;
        await _connecting.WaitAsync();
        try
        {
            return _connection ??= await ConnectionMultiplexer.ConnectAsync(ClientOptions());
        }
        finally
        {
            _connecting.Release();
        }
    }

    private ConfigurationOptions ClientOptions()
    {
        ConfigurationOptions client;
        try
        {
            client = ConfigurationOptions.Parse(options.Value.Configuration!);
        }
        catch (ArgumentException ex)
        {
            throw new StartupProblem($"Redis:Configuration cannot be read ({ex.Message}); set Redis__Configuration to \"host:port\" (with \",password=…\" if Redis asks for one).");
        }
        // CASE: the first connection must succeed or fail now, whatever the string says; later drops are reconnected.
        client.AbortOnConnectFail = true;
        client.ClientName = "tempoclone";
        return client;
    }

    /// <summary>Where Redis is; only the endpoints, as the configuration string may carry a password that never goes into a log.</summary>
    public string Endpoints => string.Join(", ", ConfigurationOptions.Parse(options.Value.Configuration!).EndPoints.Select(e => e.ToString()));

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _connecting.Dispose();
    }
}

public static class SharedRedisSetup
{
    /// <summary>
    /// With Redis configured, the reader output cache lives in Redis (shared by every instance; bounded by Redis's own
    /// maxmemory, not Site:ReaderCacheMegabytes) and readiness asks Redis too. Without it, nothing changes.
    /// </summary>
    public static void AddSharedRedis(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<RedisOptions>(RedisOptions.Section);
        builder.Services.AddSingleton<SharedRedis>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{RedisOptions.Section}:{nameof(RedisOptions.Configuration)}"])) return;

        builder.Services.AddStackExchangeRedisOutputCache(_ => { });
        builder.Services.AddOptions<RedisOutputCacheOptions>().Configure<SharedRedis, IOptions<RedisOptions>>((cache, redis, settings) =>
        {
            cache.InstanceName = settings.Value.InstanceName + "page:";
            cache.ConnectionMultiplexerFactory = redis.ConnectAsync;
        });
        ForgivingCacheStore.Decorate(builder.Services);
        builder.Services.AddHealthChecks().AddRedis(services => services.GetRequiredService<SharedRedis>().Connection,
            name: "redis", tags: [HealthEndpoints.ReadinessTag], timeout: TimeSpan.FromSeconds(3));
    }

    /// <summary>Start-up step: connects now, so a wrong address or password is said at start, in one line.</summary>
    public static async Task ConnectRedisAsync(this WebApplication app)
    {
        var redis = app.Services.GetRequiredService<SharedRedis>();
        if (!redis.IsConfigured) return;
        try
        {
            await redis.ConnectAsync();
        }
        catch (RedisConnectionException ex)
        {
            throw new StartupProblem($"Redis at {redis.Endpoints} cannot be reached ({ex.FailureType}); start it there, " +
                "or correct Redis__Configuration (host:port, and password=… if it asks for one), or leave it empty for one machine without Redis.");
        }
        app.Logger.LogInformation("Redis at {RedisEndpoints} holds the reader cache and the readers seen", redis.Endpoints);
    }
}
