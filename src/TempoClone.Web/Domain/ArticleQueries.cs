namespace TempoClone.Web.Domain;

public static class ArticleQueries
{
    /// <summary>The one definition of what readers may see: published, its publish time has come, not in the trash.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= nowUtc && a.DeletedAtUtc == null);

    /// <summary>Everything editors work with: all but the trash.</summary>
    public static IQueryable<Article> NotDeleted(this IQueryable<Article> articles) => articles.Where(a => a.DeletedAtUtc == null);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);
}
