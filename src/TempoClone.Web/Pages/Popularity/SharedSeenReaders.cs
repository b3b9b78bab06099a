using StackExchange.Redis;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// <see cref="SeenReaders"/> for every instance at once: with Redis configured, the day's key and the readers seen this
/// hour live in Redis, so a reader sent to another instance by the load balancer is still counted once. The key is
/// still random and daily (the first instance to need it makes it; it expires after two days).
/// </summary>
public sealed class SharedSeenReaders(SharedRedis redis)
{
    private static readonly TimeSpan SeenFor = TimeSpan.FromMinutes(61);
    private static readonly TimeSpan SharedKeyFor = TimeSpan.FromDays(2);

    private readonly Lock _gate = new();
    private byte[] _dayKey = [];
    private DateOnly _keyDay;

    public bool IsConfigured => redis.IsConfigured;

    /// <summary>True the first time any instance sees this source read this article this hour, while under its hourly cap; Redis errors are the caller's.</summary>
    public async Task<bool> FirstViewAsync(int articleId, string source, DateTime nowUtc)
    {
        var hour = ReaderKeys.HourOf(nowUtc);
        var shared = redis.Connection.GetDatabase();
        var dayKey = await DayKeyAsync(shared, DateOnly.FromDateTime(nowUtc));
        // CASE: SET NX answers true only for the first instance to see this source, article and hour.
        if (!await shared.StringSetAsync(redis.Key($"seen:{hour:yyyyMMddHH}:{ReaderKeys.For(dayKey, articleId, source)}"), "", SeenFor, When.NotExists)) return false;
        var sourceCount = redis.Key($"source:{hour:yyyyMMddHH}:{ReaderKeys.For(dayKey, 0, source)}");
        var counted = await shared.StringIncrementAsync(sourceCount);
        if (counted == 1) await shared.KeyExpireAsync(sourceCount, SeenFor);
        return counted <= ViewCounter.MaxViewsPerSourcePerHour;
    }

    private async Task<byte[]> DayKeyAsync(IDatabase shared, DateOnly today)
    {
        lock (_gate)
            if (_keyDay == today) return _dayKey;
        var name = redis.Key($"reader-key:{today:yyyyMMdd}");
        await shared.StringSetAsync(name, ReaderKeys.NewDayKey(), SharedKeyFor, When.NotExists);
        var key = (byte[])(await shared.StringGetAsync(name))!;
        lock (_gate)
        {
            _dayKey = key;
            _keyDay = today;
        }
        return key;
    }
}
