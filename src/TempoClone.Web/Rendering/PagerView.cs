namespace TempoClone.Web.Rendering;

/// <summary>Page numbers for a paged list; the page asked for is clamped so that ?page=-1 or ?page=99999 still answers sensibly.</summary>
public sealed record PagerView(int Page, int PageSize, int TotalCount, string BasePath)
{
    public const int MaxPage = 10_000;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
    public int Skip => (Page - 1) * PageSize;

    public string UrlFor(int page) => page <= 1 ? BasePath : $"{BasePath}{(BasePath.Contains('?') ? '&' : '?')}page={page}";

    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);
}
