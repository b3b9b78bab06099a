namespace TempoClone.Web.Pages.Search;

/// <summary>A match in the FTS5 index with its bm25 rank (lower is better).</summary>
public sealed record SearchHit(int Id, double Rank, bool TitleMatch);

/// <summary>The marked excerpts of one matching article from its body and from its summary (never its title).</summary>
public sealed record SearchExcerpt(int Id, string BodySnippet, string DeckSnippet)
{
    public string Snippet => BodySnippet.Length > 0 ? BodySnippet : DeckSnippet;
}
