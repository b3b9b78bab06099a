namespace TempoClone.Web.Domain;

/// <summary>What an article looked like after one save: kept for history, comparison and restore.</summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public DateTime SavedAtUtc { get; set; }
    public required string SavedBy { get; set; }

    /// <summary>The saved fields as JSON (see Newsroom/ArticleSnapshot).</summary>
    public required string SnapshotJson { get; set; }

    /// <summary>Why this revision exists when it is not an ordinary save, e.g. "Pemulihan revisi 3".</summary>
    public string? Note { get; set; }
}
