using System.Text;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// A full-text search as the reader's search decides it (which words, which are prefixes, which roots count, how many
/// matches to rank and keep); each engine turns it into its own index's syntax. Every word is required, found in the
/// text as typed (a prefix when <see cref="FullTextWord.Prefix"/>) or through one of its roots; case and accents are
/// folded by the index. Ranks weigh title 10 : summary 4 : body 1 : roots 0.5 (the weights of the index's migrations).
/// </summary>
/// <param name="MaxRanked">Only the newest this many matches (by id) are ranked: ranking reads every match it ranks.</param>
/// <param name="MaxCandidates">The best this many of those are kept.</param>
public sealed record FullTextQuery(IReadOnlyList<FullTextWord> Words, int MaxRanked, int MaxCandidates)
{
    /// <summary>The marks around a matched word in an excerpt: control characters no text holds.</summary>
    public const char MarkOpen = '\u0002';
    public const char MarkClose = '\u0003';

    /// <summary>The words of typed text, for the reader's search and the newsroom's alike: runs of letters and digits (each cut to the length given); all else, operators and quotes included, separates them.</summary>
    public static IEnumerable<string> WordsOf(string input, int maxWordLength)
    {
        var word = new StringBuilder();
        foreach (var c in input.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length < maxWordLength) word.Append(c);
                continue;
            }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }
}

/// <summary>A word of a search; letters and digits only, so nothing in it is an operator of any engine's query syntax.</summary>
public sealed record FullTextWord(string Text, bool Prefix, IReadOnlyCollection<string> Roots);

/// <summary>
/// A match with its rank (lower is better), whether all words are in its title, and whether all are in its text as
/// typed (not only through a word root).
/// </summary>
public sealed record FullTextHit(int Id, double Rank, bool TitleMatch, bool ExactMatch);

/// <summary>The marked excerpts of one matching article from its body and from its summary (never its title).</summary>
public sealed record FullTextExcerpt(int Id, string BodySnippet, string DeckSnippet)
{
    public string Snippet => BodySnippet.Length > 0 ? BodySnippet : DeckSnippet;
}

/// <summary>Where the newsroom's searches look for the words (<see cref="DatabaseEngine.NewestMatches"/>).</summary>
public enum FullTextFields
{
    /// <summary>The headline only: the related-story lookup and the title searches.</summary>
    Title,

    /// <summary>Headline, summary or body: the article list's search.</summary>
    Text,
}
