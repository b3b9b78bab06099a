namespace TempoClone.Web.Rendering;

/// <summary>
/// "Sebelumnya / Berikutnya" for a list paged by <see cref="StoryCursor"/>: links to the newer and the older stories
/// beside this page, without counting the archive. <see cref="Label"/> names a page past the first in its title.
/// </summary>
public sealed record ListPager(string CanonicalUrl, string? NewerUrl, string? OlderUrl, string? Label)
{
    /// <summary>"?page=N" links from before the cursor stay answered up to here, by a short OFFSET; deeper is 404.</summary>
    public const int MaxNumberedPage = 50;

    public const string OlderKey = "sebelum";
    public const string NewerKey = "sesudah";

    public bool HasLinks => NewerUrl is not null || OlderUrl is not null;

    /// <summary>The request's query string ("?a=1&amp;b=2", or "") without the paging keys, for a pager's links to start from.</summary>
    public static string QueryWithout(IQueryCollection query, params string[] keys)
    {
        var kept = query.Where(pair => !keys.Contains(pair.Key))
            .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? "")}"));
        var joined = string.Join("&", kept);
        return joined.Length == 0 ? "" : "?" + joined;
    }

    public static string With(string basePath, string key, string value) =>
        $"{basePath}{(basePath.Contains('?') ? '&' : '?')}{key}={Uri.EscapeDataString(value)}";
}
