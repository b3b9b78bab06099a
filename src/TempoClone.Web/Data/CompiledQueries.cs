using System.Linq.Expressions;
using System.Reflection;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>
/// Lets an EF compiled query (<c>EF.CompileAsyncQuery</c>) be written with the site's own query words. A compiled
/// query skips what EF otherwise does on every execution before SQL — walking the expression for parameters, hashing
/// it, looking it up in the query cache — an eighth of an uncached article's CPU (perf, issue 20). But EF cannot look
/// into a method of ours inside one, so <c>Inline</c> writes each in its place first: <c>Published(nowUtc)</c>
/// becomes the live rule (<see cref="ArticleRules.Live"/>) reading the query's own parameter, a word with no argument
/// (<c>NewestFirst()</c>, <c>NotDeleted()</c>) what it builds, and a projection held in a static field
/// (<c>StoryCard.FromArticle</c>) its lambda. The rules stay defined once.
/// </summary>
public static class CompiledQueries
{
    // One overload per number of parameters, as EF.CompileAsyncQuery has: C# infers a lambda's types only against a delegate shape.
    public static Expression<Func<TempoDbContext, T1, TResult>> Inline<T1, TResult>(Expression<Func<TempoDbContext, T1, TResult>> query) => Rewrite(query);

    public static Expression<Func<TempoDbContext, T1, T2, TResult>> Inline<T1, T2, TResult>(Expression<Func<TempoDbContext, T1, T2, TResult>> query) => Rewrite(query);

    public static Expression<Func<TempoDbContext, T1, T2, T3, TResult>> Inline<T1, T2, T3, TResult>(
        Expression<Func<TempoDbContext, T1, T2, T3, TResult>> query) => Rewrite(query);

    public static Expression<Func<TempoDbContext, T1, T2, T3, T4, TResult>> Inline<T1, T2, T3, T4, TResult>(
        Expression<Func<TempoDbContext, T1, T2, T3, T4, TResult>> query) => Rewrite(query);

    private static Expression<TDelegate> Rewrite<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Inliner().Visit(query);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ArticleQueries)) return base.VisitMethodCall(node);
            // The word is run on a stand-in query whose expression is the source, so what it adds is read back as expressions.
            var source = new EnumerableQuery<Article>(Visit(node.Arguments[0]));
            if (node.Method.Name == nameof(ArticleQueries.Published)) return source.Where(ArticleRules.Live.At(Visit(node.Arguments[1]))).Expression;
            if (node.Arguments.Count == 1 && node.Method.Invoke(null, [source]) is IQueryable built) return built.Expression;
            throw new NotSupportedException($"{node.Method.Name} cannot be used in a compiled query yet: teach {nameof(CompiledQueries)} to write it out.");
        }

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression is null && node.Member is FieldInfo { IsStatic: true } field && field.GetValue(null) is LambdaExpression lambda
                ? Expression.Quote(Visit(lambda)) : base.VisitMember(node);
    }
}
