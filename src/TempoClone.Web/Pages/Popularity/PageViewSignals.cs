using System.Text.RegularExpressions;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// Which requests are a person opening a page: bots, prefetches and requests without a browser's page-view headers are
/// not (docs/security.md, rule 9).
/// </summary>
public static partial class PageViewSignals
{
    /// <summary>
    /// What a browser sends when a person opens a page: it asks for HTML in some language, and when it sends fetch
    /// metadata, the request is a top-level navigation. A script replaying a user agent rarely sends all of it.
    /// </summary>
    public static bool LooksLikePageView(HttpRequest request)
    {
        var headers = request.Headers;
        if (!headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(headers.AcceptLanguage)) return false;
        var dest = headers["Sec-Fetch-Dest"].ToString();
        var mode = headers["Sec-Fetch-Mode"].ToString();
        return (dest.Length == 0 || dest == "document") && (mode.Length == 0 || mode == "navigate");
    }

    public static bool IsBotOrPrefetch(HttpRequest request) =>
        request.Headers["Sec-Purpose"].ToString().Contains("prefetch") || request.Headers["Purpose"].ToString().Contains("prefetch")
        || string.IsNullOrWhiteSpace(request.Headers.UserAgent) || BotPattern().IsMatch(request.Headers.UserAgent.ToString());

    [GeneratedRegex(@"bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl|wget|python|httpclient|java/|go-http|headless|lighthouse|pingdom", RegexOptions.IgnoreCase)]
    private static partial Regex BotPattern();
}
