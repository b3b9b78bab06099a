using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The article list's search: the full-text index over title, summary and body, every typed word required in any order
/// ("amunisi korea" finds a story with one word in its title and the other in its body). Unlike the reader's search it
/// finds drafts, scheduled and withdrawn stories (the index holds every article; who sees what is the caller's
/// <c>VisibleTo</c>), ignores word roots (an editor looks for the words they remember) and keeps the list's own order.
/// A number also finds the article with that id, as editors copy it from an address. Only the newest
/// <see cref="TextMatch.MatchesKept"/> matching stories are found (a common word is in most of the archive).
/// </summary>
public static class ArticleTextSearch
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;
    // A shorter word matches only itself: "ko"* would read every word starting with ko.
    public const int MinPrefixLength = 3;

    public static IQueryable<Article> MatchingText(this IQueryable<Article> articles, TempoDbContext db, string? typed)
    {
        var text = TextMatch.Query(typed);
        var words = FullTextQuery.WordsOf(text, MaxWordLength).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords)
            .Select(w => new FullTextWord(w.ToLowerInvariant(), w.Length >= MinPrefixLength, [])).ToList();
        if (words.Count == 0) return text.Length == 0 ? articles : articles.Where(_ => false);
        var ids = db.GetEngine().NewestMatches(db, new FullTextQuery(words, TextMatch.MatchesKept, MaxCandidates: 0), FullTextFields.Text)
            .OrId(db, int.TryParse(text, out var id) ? id : null);
        return articles.Where(a => ids.Contains(a.Id));
    }
}
