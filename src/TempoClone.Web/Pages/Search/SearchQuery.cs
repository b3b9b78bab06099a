using System.Text;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 (or PostgreSQL tsquery) query: only words (letters and digits) survive, each quoted and
/// prefix-matched ("banjir rob" → "banjir"* "rob"*, all words required). Operators, quotes and column filters in
/// the input are just dropped, so no input can break the query.
/// Cost is bounded: at most <see cref="MaxWords"/> words, and a word shorter than <see cref="MinPrefixLength"/>
/// matches only itself ("a" is one index entry; "a"* would be every word starting with a).
/// </summary>
public static class SearchQuery
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;
    public const int MaxInputLength = 500;
    public const int MinPrefixLength = 3;

    /// <summary>The words searched for (distinct, at most <see cref="MaxWords"/>), or null when the input has none.</summary>
    public static IReadOnlyList<string>? Terms(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var words = Words(input.Length > MaxInputLength ? input[..MaxInputLength] : input)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords).ToList();
        return words.Count == 0 ? null : words;
    }

    public static string? ToFtsMatch(string? input) => Terms(input) is { } words ? ToFtsMatch(words) : null;

    public static string ToFtsMatch(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => IsPrefix(w) ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>The same words, all required in the title: the stories readers most likely mean.</summary>
    public static string InTitle(string match) => $"Title : ({match})";

    /// <summary>The same words, all required in the text itself (not only through a word root): ranked before root matches.</summary>
    public static string InText(string match) => $"{{Title Deck Body}} : ({match})";

    /// <summary>
    /// Each word, or one of its roots (<see cref="IndonesianStems"/>), required: "desak" → "desak"*, found in the text
    /// or among the roots of another word ("mendesak"); "kesepakatan" → ("kesepakatan"* OR "sepakat" OR …).
    /// Roots are letters only, so quoting keeps them safe like the words.
    /// </summary>
    public static string ToFtsMatchWithRoots(IReadOnlyList<string> words) =>
        // CASE: FTS5 allows the implicit AND of a space only between phrases, so a bracketed group needs an explicit one.
        string.Join(" AND ", words.Select(w => RootsOf(w) is { Count: > 0 } roots
            ? $"({(IsPrefix(w) ? $"\"{w}\"*" : $"\"{w}\"")} OR {string.Join(" OR ", roots.Select(r => $"\"{r}\""))})"
            : IsPrefix(w) ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>The PostgreSQL form of <see cref="ToFtsMatchWithRoots"/>: ('kesepakatan':* | 'sepakat' | …) &amp; ….</summary>
    public static string ToTsQueryWithRoots(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select(w => "(" + string.Join(" | ", RootsOf(w).Select(r => $"'{r}'").Prepend($"'{w}'" + (IsPrefix(w) ? ":*" : ""))) + ")"));

    /// <summary>The PostgreSQL form of <see cref="InText"/>: each word in the title, summary or body (weights A, B, D; roots are C).</summary>
    public static string ToTsQueryInText(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select(w => $"'{w}':" + (IsPrefix(w) ? "*" : "") + "ABD"));

    private static IReadOnlySet<string> RootsOf(string word) => IndonesianStems.RootsOf(word);

    /// <summary>
    /// The PostgreSQL tsquery text: 'banjir':* &amp; 'di'; with <paramref name="titleOnly"/> each word must be in the title
    /// (weight A). Words hold only letters and digits, so nothing in them is a tsquery operator.
    /// </summary>
    public static string ToTsQuery(IReadOnlyList<string> words, bool titleOnly = false) =>
        string.Join(" & ", words.Select(w => $"'{w}'" + (IsPrefix(w) ? ":*" : titleOnly ? ":" : "") + (titleOnly ? "A" : "")));

    private static bool IsPrefix(string word) => word.Length >= MinPrefixLength;

    private static IEnumerable<string> Words(string input)
    {
        var word = new StringBuilder();
        foreach (var c in input.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length < MaxWordLength) word.Append(c);
                continue;
            }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }
}

/// <summary>An FTS5 snippet, split into plain and highlighted runs so the page can render it with Razor's encoding.</summary>
public static class SearchSnippet
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public static IReadOnlyList<(string Text, bool Highlighted)> Parts(string snippet)
    {
        var parts = new List<(string, bool)>();
        var text = new StringBuilder();
        var highlighted = false;
        foreach (var c in snippet)
        {
            if (c is Open or Close)
            {
                if (text.Length > 0) parts.Add((text.ToString(), highlighted));
                text.Clear();
                highlighted = c == Open;
                continue;
            }
            // Bodies are Markdown: drop its escapes and emphasis marks from the excerpt.
            if (c is '\\' or '*' or '_' or '`') continue;
            text.Append(c);
        }
        if (text.Length > 0) parts.Add((text.ToString(), highlighted));
        return parts;
    }
}
