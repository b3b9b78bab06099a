using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>The health endpoints: each part adds its own readiness checks with <see cref="ReadinessTag"/>.</summary>
public static class HealthEndpoints
{
    /// <summary>Health checks with this tag decide readiness (the database, for one); liveness asks none of them.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Liveness (<see cref="UrlMap.Health"/>): the process answers, so a busy database never gets it restarted;
    /// readiness (<see cref="UrlMap.HealthReady"/>): it can serve pages now, for a load balancer.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(UrlMap.Health, new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        app.MapHealthChecks(UrlMap.HealthReady, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = WriteReadinessAsync,
            // Degraded (the start-up import still running) is not ready either: a load balancer sends no reader here yet.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).ExcludeFromDescription();
    }

    /// <summary>The status, then each reason it is not healthy (e.g. "Importing 123/2000") on a line of its own, for whoever reads the 503.</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description).OfType<string>();
        return context.Response.WriteAsync(string.Join("\n", reasons.Prepend(report.Status.ToString())));
    }
}
