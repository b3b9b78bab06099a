using System.Linq.Expressions;

namespace TempoClone.Web.Domain;

/// <summary>
/// The article rules, each written once as an expression: queries turn it into SQL (<see cref="ArticleQueries"/>),
/// entities run it compiled (<see cref="Article.IsLive"/>, <see cref="Article.IsScheduled"/>, <see cref="Article.HasFullText"/>).
/// </summary>
public static class ArticleRules
{
    /// <summary>What readers may see: published, its publish time has come, not in the trash.</summary>
    public static readonly Expression<Func<Article, DateTime, bool>> Live =
        (a, nowUtc) => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= nowUtc && a.DeletedAtUtc == null;

    /// <summary>Published with a publish time still to come: it appears by itself at that instant, no job needed.</summary>
    public static readonly Expression<Func<Article, DateTime, bool>> Scheduled =
        (a, nowUtc) => a.Status == ArticleStatus.Published && a.PublishedAtUtc > nowUtc;

    /// <summary>A story with a body, not one known only by its title and summary (a related story or a pick from an import).</summary>
    public static readonly Expression<Func<Article, bool>> FullText = a => a.BodyMarkdown != "";

    /// <summary>Known only by its title and summary: not <see cref="FullText"/>.</summary>
    public static readonly Expression<Func<Article, bool>> SummaryOnly =
        Expression.Lambda<Func<Article, bool>>(Expression.Not(FullText.Body), FullText.Parameters);

    /// <summary>
    /// When a story last changed for readers and machines (feeds, sitemaps, the article's metadata, the API): its
    /// last save, or its publish time when that is later (a story saved before its scheduled minute). A Ralat moves
    /// the last save too.
    /// </summary>
    public static DateTime LastModifiedUtc(DateTime publishedAtUtc, DateTime updatedAtUtc) =>
        updatedAtUtc > publishedAtUtc ? updatedAtUtc : publishedAtUtc;

    internal static readonly Func<Article, DateTime, bool> IsLive = Live.Compile();
    internal static readonly Func<Article, DateTime, bool> IsScheduled = Scheduled.Compile();
    internal static readonly Func<Article, bool> HasFullText = FullText.Compile();

    /// <summary>
    /// The rule with the clock reading put in. The reading is a member of a captured object, as in a C# closure,
    /// so EF sends it as a SQL parameter and reuses one query plan for every reading.
    /// </summary>
    public static Expression<Func<Article, bool>> At(this Expression<Func<Article, DateTime, bool>> rule, DateTime nowUtc) =>
        rule.At(Expression.Property(Expression.Constant(new ClockReading(nowUtc)), nameof(ClockReading.Utc)));

    /// <summary>The rule with the clock reading any expression of the query: a compiled query's parameter.</summary>
    public static Expression<Func<Article, bool>> At(this Expression<Func<Article, DateTime, bool>> rule, Expression nowUtc) =>
        Expression.Lambda<Func<Article, bool>>(new ParameterReplacer(rule.Parameters[1], nowUtc).Visit(rule.Body), rule.Parameters[0]);

    /// <summary>Either condition holds ("mine, or live"), still one expression EF turns into SQL.</summary>
    public static Expression<Func<Article, bool>> Or(this Expression<Func<Article, bool>> rule, Expression<Func<Article, bool>> other)
    {
        var body = Expression.OrElse(rule.Body, new ParameterReplacer(other.Parameters[0], rule.Parameters[0]).Visit(other.Body));
        return Expression.Lambda<Func<Article, bool>>(body, rule.Parameters[0]);
    }

    /// <summary>The rule's negation ("not live"), still one expression EF turns into SQL.</summary>
    public static Expression<Func<Article, bool>> Not(this Expression<Func<Article, bool>> rule) =>
        Expression.Lambda<Func<Article, bool>>(Expression.Not(rule.Body), rule.Parameters);

    /// <summary>
    /// A projection that names <see cref="Article.HasFullText"/>, with the rule written in its place, so a read model's
    /// "has full text" flag is the rule run in SQL rather than a copy of it.
    /// </summary>
    public static Expression<Func<Article, T>> WithRulesInlined<T>(Expression<Func<Article, T>> projection) =>
        (Expression<Func<Article, T>>)new FullTextInliner().Visit(projection);

    private sealed record ClockReading(DateTime Utc);

    private sealed class FullTextInliner : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member.DeclaringType == typeof(Article) && node.Member.Name == nameof(Article.HasFullText) && node.Expression is { } article
                ? new ParameterReplacer(FullText.Parameters[0], Visit(article)).Visit(FullText.Body)
                : base.VisitMember(node);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
