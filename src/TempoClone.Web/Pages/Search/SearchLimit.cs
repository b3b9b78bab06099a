using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// A search is the one reader page whose cost a visitor picks, so one client address runs only a few at once
/// (Site:SearchesPerClient); more wait in a short queue, and past that get 429 (Indonesian "Terlalu banyak
/// permintaan" page). A cached result still takes a permit, briefly.
/// </summary>
public static class SearchLimit
{
    public const string Policy = "search";
    private const int QueuePerRunning = 4;

    public static IServiceCollection AddSearchLimit(this IServiceCollection services) =>
        services.AddSingleton<SearchGate>().AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var atOnce = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.SearchesPerClient;
                return RateLimitPartition.GetConcurrencyLimiter(context.ClientAddress(), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = atOnce,
                    QueueLimit = atOnce * QueuePerRunning,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
}
