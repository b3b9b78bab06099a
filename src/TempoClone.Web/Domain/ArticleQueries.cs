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

    // CASE: a kanal, tag or reporter is public only while a live article uses it; a draft's new names stay private.
    /// <summary>The kanal a live article (<see cref="ArticleRules.Live"/>) uses: the only ones readers may see.</summary>
    public static IQueryable<Kanal> InUse(this IQueryable<Kanal> kanals, IQueryable<Article> articles, DateTime nowUtc)
    {
        var live = articles.Published(nowUtc);
        return kanals.Where(k => live.Any(a => a.KanalId == k.Id));
    }

    /// <summary>The tags a live article uses.</summary>
    public static IQueryable<Tag> InUse(this IQueryable<Tag> tags, IQueryable<Article> articles, DateTime nowUtc)
    {
        var live = articles.Published(nowUtc);
        return tags.Where(t => live.Any(a => a.Tags.Any(at => at.TagId == t.Id)));
    }

    /// <summary>The reporters with a byline on a live article.</summary>
    public static IQueryable<Reporter> InUse(this IQueryable<Reporter> reporters, IQueryable<Article> articles, DateTime nowUtc)
    {
        var live = articles.Published(nowUtc);
        return reporters.Where(r => live.Any(a => a.Bylines.Any(b => b.ReporterId == r.Id)));
    }

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id);

    public static IQueryable<Article> OldestFirst(this IQueryable<Article> articles) =>
        articles.OrderBy(a => a.PublishedAtUtc).ThenBy(a => a.Id);

    // CASE: the plain range comes first and alone: "a < p OR (a = p AND id < i)" is no range to a planner, which then
    // walks the index from the newest story down to the cursor; "a <= p" seeks to it.
    /// <summary>After the story at (publishedAtUtc, id) in <see cref="NewestFirst"/> order: the keyset of a deep page.</summary>
    public static IQueryable<Article> OlderThan(this IQueryable<Article> articles, DateTime publishedAtUtc, int id) =>
        articles.Where(a => a.PublishedAtUtc <= publishedAtUtc).Where(a => a.PublishedAtUtc < publishedAtUtc || a.Id < id);

    /// <summary>Before the story at (publishedAtUtc, id) in <see cref="NewestFirst"/> order.</summary>
    public static IQueryable<Article> NewerThan(this IQueryable<Article> articles, DateTime publishedAtUtc, int id) =>
        articles.Where(a => a.PublishedAtUtc >= publishedAtUtc).Where(a => a.PublishedAtUtc > publishedAtUtc || a.Id > id);
}
