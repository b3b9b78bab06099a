namespace TempoClone.Web.Domain;

/// <summary>An entry of the home page's ordered "Pilihan Editor" list.</summary>
public class HomePick
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Position { get; set; }

    /// <summary>After this instant the pick no longer shows; null keeps it until an editor removes it.</summary>
    public DateTime? EndsAtUtc { get; set; }
}
