namespace TempoClone.Web.Pages.Search;

/// <summary>
/// A match in the full-text index with its rank (lower is better), whether all words are in its title, and whether all
/// are in its text as typed (not only through a word root).
/// </summary>
public sealed record SearchHit(int Id, double Rank, bool TitleMatch, bool ExactMatch);

/// <summary>The marked excerpts of one matching article from its body and from its summary (never its title).</summary>
public sealed record SearchExcerpt(int Id, string BodySnippet, string DeckSnippet)
{
    public string Snippet => BodySnippet.Length > 0 ? BodySnippet : DeckSnippet;
}
