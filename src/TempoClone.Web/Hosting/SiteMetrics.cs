using System.Diagnostics.Metrics;

namespace TempoClone.Web.Hosting;

/// <summary>
/// The site's own instruments, on one meter (<see cref="MeterName"/>), exported with the framework's on /metrics
/// when Metrics:Enabled is on (<see cref="Telemetry"/>). The README's "Metrics" table says what each means; names
/// follow OpenTelemetry's dotted style, the Prometheus exporter turns them into tempo_…_total and so on.
/// Recording costs next to nothing while no exporter listens.
/// </summary>
public static class SiteMetrics
{
    public const string MeterName = "TempoClone";
    public static readonly Meter Meter = new(MeterName);

    /// <summary>Tags: page (the Razor page or route, e.g. /Articles/Show), outcome (hit: from the output cache, miss: rendered).</summary>
    public static readonly Counter<long> ReaderCache = Meter.CreateCounter<long>("tempo.reader_cache.requests", "{request}",
        "Anonymous reader requests to a cached page type, by page and outcome (hit or miss)");

    /// <summary>Tags: outcome (found, empty).</summary>
    public static readonly Counter<long> SearchQueries = Meter.CreateCounter<long>("tempo.search.queries", "{query}",
        "Searches with words in them, by outcome (found: at least one result, empty: none)");

    /// <summary>Tags: source (seed, archive), outcome (imported, unchanged, failed).</summary>
    public static readonly Counter<long> ImportFiles = Meter.CreateCounter<long>("tempo.import.files", "{file}",
        "Files the importer has worked through, by source and outcome");

    public static readonly Counter<long> LoginThrottled = Meter.CreateCounter<long>("tempo.login.throttled", "{attempt}",
        "Login attempts turned back by the throttle (the account or the address must wait)");

    public static readonly Counter<long> LoginRateLimited = Meter.CreateCounter<long>("tempo.login.rate_limited", "{request}",
        "Login posts answered 429 by the per-address rate limit");

    /// <summary>Tags: db.system (sqlite, postgresql).</summary>
    public static readonly Histogram<double> DatabaseTime = Meter.CreateHistogram("tempo.db.command.duration", "s",
        "Time each database command took, from sending it to its result", tags: null,
        // The exporter's default buckets are for milliseconds; most commands here take well under one.
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    /// <summary>The view counter's count of views held in memory and not yet written (its buffer).</summary>
    public static void ObservePendingViews(Func<int> pending) =>
        Meter.CreateObservableGauge("tempo.view_counts.pending", pending, "{view}", "Page views counted in memory, not yet written to the database");
}
