using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>What every request and every part stands on: app folders, site settings, the clock, logging, proxies, error pages.</summary>
public static class HostingSetup
{
    public const string ShutdownSecondsSetting = SiteOptions.Section + ":" + nameof(SiteOptions.ShutdownTimeoutSeconds);

    public static void AddHosting(this WebApplicationBuilder builder)
    {
        var appRoot = AppFolders.FindAppRoot(builder.Environment.ContentRootPath);
        builder.Environment.WebRootPath = Path.Combine(appRoot, "wwwroot");
        builder.Environment.WebRootFileProvider = new PhysicalFileProvider(builder.Environment.WebRootPath);
        builder.Services.AddSingleton(new AppFolders.Root(appRoot));

        // preserveStaticLogger: each host keeps its own logger (no global Log.Logger), so test hosts side by side never mix their logs.
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(services)
            .ConsoleInFormat(services.GetRequiredService<IConfiguration>())
            .Enrich.FromLogContext()
            .Enrich.With<LogValueEscaper>(), preserveStaticLogger: true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // On SIGTERM Kestrel stops taking connections and lets requests in flight finish for this long; then hosted
        // services stop (the view counter writes what it holds). Under Docker's default 10 s before SIGKILL.
        // Read raw: the host asks for it while it is built, before the settings are checked; a wrong value is reported there.
        builder.Services.AddOptions<HostOptions>().Configure<IConfiguration>((host, configuration) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(int.TryParse(configuration[ShutdownSecondsSetting], out var seconds) && seconds > 0
                ? seconds : SiteOptions.DefaultShutdownSeconds));

        builder.Services.AddCheckedOptions<SiteOptions>(SiteOptions.Section);
        builder.Services.AddCheckedOptions<SecurityOptions>(SecurityOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        builder.Services.AddProxies();
        builder.Services.AddReaderCache();
        builder.AddSharedRedis();
        builder.Services.AddReaderCompression();
        builder.Services.AddHealthChecks();
        builder.AddTelemetry();
    }

    /// <summary>
    /// The front of the pipeline: proxies, error pages, cached reader pages (<see cref="ReaderFrontPath"/>, counting
    /// their views with <paramref name="countCachedView"/>), security headers, the request log, oversized bodies refused.
    /// </summary>
    public static WebApplication UseHosting(this WebApplication app, Func<HttpContext, Task> countCachedView)
    {
        // CASE: with no proxy configured, X-Forwarded-* is ignored entirely (an empty trust list would trust everyone).
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.KnownProxies.Length > 0) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(UrlMap.ExceptionPage);
            app.UseHsts();
        }
        app.UseReaderFrontCache(countCachedView);
        app.UseSecurityHeaders();
        // Every request is logged with who and from where: 400s (antiforgery), 403s and 429s are security events.
        // A page the reader cache answered is logged at Debug only: at tens of thousands a second the line cost more
        // than the answer (README "Speed"); the cache's hit count (tempo.reader_cache) still counts each one.
        app.UseSerilogRequestLogging(options =>
        {
            // CASE: left unset, the middleware wrote to the static Log.Logger, which preserveStaticLogger leaves silent:
            // no request was ever logged.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = RequestLogLevel;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("ClientAddress", http.ClientAddress());
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
            };
        });
        app.UseStatusCodePagesWithReExecute(UrlMap.StatusCodePage);
        app.UseOversizedRequestAnswer();
        app.UseMetricsEndpoint();
        return app;
    }

    /// <summary>
    /// Serilog's default (Error for an exception or a 5xx, else Information), with Debug for a reader cache answer and
    /// for health probes: a load balancer asks every few seconds, and "not ready yet" (503) while the seed import or a
    /// migration runs is the probe's answer, not a fault (the readiness check logs what it waits for itself).
    /// </summary>
    public static LogEventLevel RequestLogLevel(HttpContext http, double elapsedMs, Exception? error) =>
        error is not null ? LogEventLevel.Error
        : http.Request.Path.StartsWithSegments(UrlMap.Health) ? LogEventLevel.Debug
        : http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : ReaderCache.AnsweredFromCache(http) ? LogEventLevel.Debug : LogEventLevel.Information;

    /// <summary>The connection's address; forwarded headers change it only when they come from a configured proxy.</summary>
    public static string ClientAddress(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static void AddProxies(this IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            // CASE: forwarded headers count only from configured proxies, so a client cannot pick its own address.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in security.Value.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
}
