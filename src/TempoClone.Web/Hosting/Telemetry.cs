using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Metrics on /metrics (Metrics:Enabled, off by default) for Prometheus. Not public: a scrape is answered only from
/// loopback or an address in Metrics:AllowedAddresses, or with "Authorization: Bearer" and Metrics:BearerToken; anyone
/// else gets the site's 404, as if the path did not exist. A request that came through a proxy (it carries
/// X-Forwarded-For) is never taken as local, so nginx on the same host cannot open it to the internet.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public bool Enabled { get; set; }

    /// <summary>Scrapers' addresses besides loopback (a Prometheus on another host or container).</summary>
    [IpAddresses]
    public string[] AllowedAddresses { get; set; } = [];

    /// <summary>A shared secret a scraper sends as "Authorization: Bearer …"; at least 24 characters when set.</summary>
    [MinLength(24)]
    public string? BearerToken { get; set; }
}

/// <summary>Traces leave the process only when an OTLP collector is named (Tracing:OtlpEndpoint, e.g. http://otel-collector:4317).</summary>
public sealed class TracingOptions
{
    public const string Section = "Tracing";

    [HttpUrl]
    public string? OtlpEndpoint { get; set; }
}

/// <summary>Logging:Format: "text" (the console template) or "json" (one compact JSON object a line, for log shippers).</summary>
public sealed class LogFormatOptions
{
    public const string Section = "Logging";

    [OneOf("text", "json")]
    public string Format { get; set; } = "text";

    public bool IsJson => Format.Equals("json", StringComparison.OrdinalIgnoreCase);
}

public static class Telemetry
{
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>The console sink in the configured format; the rest of Serilog's setup is read from configuration.</summary>
    public static LoggerConfiguration ConsoleInFormat(this LoggerConfiguration logger, IConfiguration configuration) =>
        string.Equals(configuration[$"{LogFormatOptions.Section}:{nameof(LogFormatOptions.Format)}"], "json", StringComparison.OrdinalIgnoreCase)
            ? logger.WriteTo.Console(new RenderedCompactJsonFormatter())
            : logger.WriteTo.Console(outputTemplate: ConsoleTemplate);

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<MetricsOptions>(MetricsOptions.Section);
        builder.Services.AddCheckedOptions<TracingOptions>(TracingOptions.Section);
        builder.Services.AddCheckedOptions<LogFormatOptions>(LogFormatOptions.Section);

        // Read raw here (services are being registered); the checked options above report a wrong value at start-up.
        var metricsOn = bool.TryParse(builder.Configuration[$"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}"], out var on) && on;
        var otlp = Uri.TryCreate(builder.Configuration[$"{TracingOptions.Section}:{nameof(TracingOptions.OtlpEndpoint)}"], UriKind.Absolute, out var endpoint)
            ? endpoint : null;
        if (!metricsOn && otlp is null) return;

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("tempoclone"));
        if (metricsOn)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SiteMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql")
                .AddPrometheusExporter());
        }
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments(UrlMap.Health))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }
    }

    /// <summary>/metrics for allowed scrapers when metrics are on; a 404 for everyone else.</summary>
    public static void UseMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        app.Use((context, next) =>
        {
            if (!context.Request.Path.Equals(UrlMap.Metrics, StringComparison.OrdinalIgnoreCase) || (options.Enabled && MayScrape(context, options))) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        if (options.Enabled) app.UseOpenTelemetryPrometheusScrapingEndpoint(UrlMap.Metrics);
    }

    private static bool MayScrape(HttpContext context, MetricsOptions options)
    {
        if (options.BearerToken is { Length: > 0 } token && context.Request.Headers.Authorization.ToString() is var header &&
            header.StartsWith("Bearer ", StringComparison.Ordinal) &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(token)))
            return true;
        if (context.Connection.RemoteIpAddress is not { } address) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) && !context.Request.Headers.ContainsKey("X-Forwarded-For")) return true;
        return options.AllowedAddresses.Any(allowed => IPAddress.Parse(allowed).Equals(address));
    }
}
