namespace TempoClone.Web.Rendering;

/// <summary>Where in a newest-first list a request asks to be: an old "?page=N", or older/newer than a story.</summary>
public sealed record ListPosition(int Page, StoryCursor? Older, StoryCursor? Newer)
{
    /// <summary>Null when there is no such page: a cursor this site never wrote, or a page number past <see cref="ListPager.MaxNumberedPage"/>.</summary>
    public static ListPosition? Read(int? page, string? older, string? newer)
    {
        if (older is not null) return StoryCursor.Parse(older) is { } cursor ? new ListPosition(1, cursor, null) : null;
        if (newer is not null) return StoryCursor.Parse(newer) is { } cursor ? new ListPosition(1, null, cursor) : null;
        // CASE: "?page=-1" or "?page=0" is the first page, as it always was.
        var number = Math.Max(page ?? 1, 1);
        return number <= ListPager.MaxNumberedPage ? new ListPosition(number, null, null) : null;
    }
}
