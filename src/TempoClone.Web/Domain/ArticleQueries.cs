namespace TempoClone.Web.Domain;

public static class ArticleQueries
{
    /// <summary>The one definition of what readers may see: published, and its publish time has come.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= nowUtc);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);
}
