using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>
/// The one case-insensitive text search of the newsroom (titles for related stories and picks, photo captions):
/// "banjir" finds "Banjir …" on every engine, and "%" or "_" are searched for literally.
/// </summary>
public static class TextMatch
{
    /// <summary>Typed text past this many characters is cut: a search box, not a document.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The typed text trimmed and cut to <see cref="MaxQueryLength"/>; empty when nothing was typed.</summary>
    public static string Query(string? typed)
    {
        var query = typed?.Trim() ?? "";
        return query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
    }

    /// <summary>The rows where any of the fields contains the text, whatever the case (the engine's own way: <see cref="DatabaseEngine.ContainsIgnoringCase"/>).</summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> source, DatabaseEngine engine, string text, params Expression<Func<T, string>>[] fields) =>
        source.Where(ContainsAny(engine, text, fields));

    /// <summary>The test of <see cref="WhereContains"/> as an expression, to combine with another (an id typed instead of a title).</summary>
    public static Expression<Func<T, bool>> ContainsAny<T>(DatabaseEngine engine, string text, params Expression<Func<T, string>>[] fields)
    {
        var (test, pattern) = engine.ContainsIgnoringCase(text);
        // The pattern is read from a closure, so EF sends it as a parameter and caches one query plan for every text.
        Expression<Func<string>> patternValue = () => pattern;
        var row = Expression.Parameter(typeof(T), "row");
        var any = fields
            .Select(field => new ReplacingExpressionVisitor(
                [test.Parameters[0], test.Parameters[1]],
                [ReplacingExpressionVisitor.Replace(field.Parameters[0], row, field.Body), patternValue.Body]).Visit(test.Body))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(any, row);
    }

    /// <summary>The newsroom's searches keep the newest this many matches: the lookup shows 15, the article list pages through them.</summary>
    public const int MatchesKept = 1000;

    /// <summary>
    /// The articles whose title holds every typed word, each as the start of a word ("banj" finds "Banjir"), whatever
    /// the case or accents, through the search index (<see cref="DatabaseEngine.NewestMatches"/>): a LIKE '%…%' cannot
    /// use an index and read every title of the archive (400–500 ms at 200,000 stories, issue 20). Only the newest
    /// <see cref="MatchesKept"/> matches are found. A one-letter word matches only itself (a prefix of one letter
    /// would be most of the index). Text without letters or digits finds nothing.
    /// </summary>
    public static Expression<Func<Article, bool>> TitleHasWords(TempoDbContext db, DatabaseEngine engine, string text, int? orId = null)
    {
        var words = FullTextQuery.WordsOf(text, MaxQueryLength).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTitleWords)
            .Select(word => new FullTextWord(word, Prefix: word.Length > 1, Roots: [])).ToList();
        if (words.Count == 0) return _ => false;
        var ids = engine.NewestMatches(db, new FullTextQuery(words, MatchesKept, MaxCandidates: 0), FullTextFields.Title).OrId(db, orId);
        return a => ids.Contains(a.Id);
    }

    /// <summary>
    /// The matches and the article with id <paramref name="id"/> as one set: "Id IN (matches) OR Id = @id" made
    /// PostgreSQL read the whole archive (30 s at two million stories; the lookup for a number answered 500).
    /// </summary>
    public static IQueryable<int> OrId(this IQueryable<int> ids, TempoDbContext db, int? id) =>
        id is { } one ? ids.Union(db.Articles.Where(a => a.Id == one).Select(a => a.Id)) : ids;

    private const int MaxTitleWords = 8;

    /// <summary>Either test: for a search box that also takes an id.</summary>
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);
}
