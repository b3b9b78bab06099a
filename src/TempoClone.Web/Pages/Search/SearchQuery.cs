using System.Text;
using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// Turns what a reader typed into the words of a safe full-text query (<see cref="FullTextQuery"/>): only words (letters
/// and digits) survive, each prefix-matched ("banjir rob" → banjir* rob*, all words required). Operators, quotes and
/// column filters in the input are just dropped, so no input can break the engine's query.
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
        var words = FullTextQuery.WordsOf(input.Length > MaxInputLength ? input[..MaxInputLength] : input, MaxWordLength)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords).ToList();
        return words.Count == 0 ? null : words;
    }

    /// <summary>The words as the engine's full-text query takes them: a prefix from <see cref="MinPrefixLength"/> letters, with their Indonesian roots.</summary>
    public static IReadOnlyList<FullTextWord> ToFullText(IReadOnlyList<string> words) =>
        words.Select(w => new FullTextWord(w, IsPrefix(w), IndonesianStems.RootsOf(w).ToList())).ToList();

    private static bool IsPrefix(string word) => word.Length >= MinPrefixLength;
}

/// <summary>An excerpt of the index, split into plain and highlighted runs so the page can render it with Razor's encoding.</summary>
public static class SearchSnippet
{
    public const char Open = FullTextQuery.MarkOpen;
    public const char Close = FullTextQuery.MarkClose;

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
