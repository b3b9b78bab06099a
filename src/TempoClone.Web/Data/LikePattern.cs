using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>LIKE patterns from user text, with the wildcards escaped, so "%%%%" searches for percent signs.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>
    /// Articles whose title contains the text, whatever the case: both sides lower-cased, because LIKE ignores case
    /// on SQLite but not on PostgreSQL.
    /// </summary>
    public static IQueryable<Article> WhereTitleContains(this IQueryable<Article> articles, string text)
    {
        var pattern = Contains(text.ToLowerInvariant());
        return articles.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern, Escape));
    }
}
