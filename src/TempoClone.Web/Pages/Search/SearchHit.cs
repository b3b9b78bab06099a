namespace TempoClone.Web.Pages.Search;

/// <summary>A match in the FTS5 index with its bm25 rank (lower is better).</summary>
public sealed record SearchHit(int Id, double Rank);

/// <summary>The marked excerpt of one matching article.</summary>
public sealed record SearchExcerpt(int Id, string Snippet);
