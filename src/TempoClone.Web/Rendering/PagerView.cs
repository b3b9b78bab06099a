namespace TempoClone.Web.Rendering;

/// <summary>
/// Page numbers for a paged list; the page asked for is clamped so that ?page=-1 or ?page=99999 still answers sensibly.
/// <paramref name="Open"/>: the list was not counted (too large to count on every request); <paramref name="TotalCount"/> is
/// then only what this page saw (the stories before it, its own, and one more when another page follows).
/// </summary>
public sealed record PagerView(int Page, int PageSize, int TotalCount, string BasePath, bool Open = false)
{
    public const int MaxPage = 10_000;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
    public int Skip => (Page - 1) * PageSize;

    public string UrlFor(int page) => page <= 1 ? BasePath : $"{BasePath}{(BasePath.Contains('?') ? '&' : '?')}page={page}";

    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);
}
