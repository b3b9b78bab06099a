namespace TempoClone.Web.Domain;

/// <summary>The article rules as query filters; each filter is the rule in <see cref="ArticleRules"/>, never a copy.</summary>
public static class ArticleQueries
{
    /// <summary>What readers may see (<see cref="ArticleRules.Live"/>): every reader query starts here.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(ArticleRules.Live.At(nowUtc));

    /// <summary>Waiting for their publish time (<see cref="ArticleRules.Scheduled"/>).</summary>
    public static IQueryable<Article> Scheduled(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(ArticleRules.Scheduled.At(nowUtc));

    /// <summary>Stories with a body (<see cref="ArticleRules.FullText"/>).</summary>
    public static IQueryable<Article> WithFullText(this IQueryable<Article> articles) => articles.Where(ArticleRules.FullText);

    public static IQueryable<Article> SummaryOnly(this IQueryable<Article> articles) => articles.Where(ArticleRules.SummaryOnly);

    /// <summary>Everything editors work with: all but the trash.</summary>
    public static IQueryable<Article> NotDeleted(this IQueryable<Article> articles) => articles.Where(a => a.DeletedAtUtc == null);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);
}
