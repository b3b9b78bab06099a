namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// The readers one instance has seen this hour, in memory: a source counts once per article and at most
/// <see cref="ViewCounter.MaxViewsPerSourcePerHour"/> times in all, and at most <see cref="ViewCounter.MaxReadersPerHour"/>
/// readers are remembered. Forgotten at the hour; the key changes every day.
/// </summary>
public sealed class SeenReaders
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seenThisHour = [];
    private readonly Dictionary<string, int> _countedBySourceThisHour = [];
    private DateTime _seenHourUtc;
    private byte[] _dayKey = [];
    private DateOnly _keyDay;

    /// <summary>True the first time this source reads this article this hour, while under its hourly cap.</summary>
    public bool FirstView(int articleId, string source, DateTime nowUtc)
    {
        var hour = ReaderKeys.HourOf(nowUtc);
        lock (_gate)
        {
            if (hour != _seenHourUtc)
            {
                _seenThisHour.Clear();
                _countedBySourceThisHour.Clear();
                _seenHourUtc = hour;
            }
            var key = DayKey(nowUtc);
            var sourceKey = ReaderKeys.For(key, 0, source);
            var counted = _countedBySourceThisHour.GetValueOrDefault(sourceKey);
            // CASE: the per-source cap comes before the hourly set, so one source adds at most that many entries to it.
            if (counted >= ViewCounter.MaxViewsPerSourcePerHour || _seenThisHour.Count >= ViewCounter.MaxReadersPerHour
                || !_seenThisHour.Add(ReaderKeys.For(key, articleId, source))) return false;
            _countedBySourceThisHour[sourceKey] = counted + 1;
            return true;
        }
    }

    /// <summary>Today's random key; the caller holds <see cref="_gate"/>.</summary>
    private byte[] DayKey(DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        if (today != _keyDay)
        {
            _dayKey = ReaderKeys.NewDayKey();
            _keyDay = today;
        }
        return _dayKey;
    }
}
