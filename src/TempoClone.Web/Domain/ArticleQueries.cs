namespace TempoClone.Web.Domain;

public static class ArticleQueries
{
    /// <summary>The one definition of what readers may see: published, its publish time has come, not in the trash.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= nowUtc && a.DeletedAtUtc == null);

    /// <summary>Everything editors work with: all but the trash.</summary>
    public static IQueryable<Article> NotDeleted(this IQueryable<Article> articles) => articles.Where(a => a.DeletedAtUtc == null);

    // CASE: a kanal, tag or reporter is public only while a live article uses it; a draft's new names stay private.
    public static IQueryable<Kanal> InUse(this IQueryable<Kanal> kanals, IQueryable<Article> live) =>
        kanals.Where(k => live.Any(a => a.KanalId == k.Id));

    public static IQueryable<Tag> InUse(this IQueryable<Tag> tags, IQueryable<Article> live) =>
        tags.Where(t => live.Any(a => a.Tags.Any(at => at.TagId == t.Id)));

    public static IQueryable<Reporter> InUse(this IQueryable<Reporter> reporters, IQueryable<Article> live) =>
        reporters.Where(r => live.Any(a => a.Bylines.Any(b => b.ReporterId == r.Id)));

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);
}
