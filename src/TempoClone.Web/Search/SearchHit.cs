namespace TempoClone.Web.Search;

/// <summary>A row of the FTS5 index: article id, bm25 rank (lower is better) and a marked excerpt.</summary>
public sealed record SearchHit(int Id, double Rank, string Snippet);
