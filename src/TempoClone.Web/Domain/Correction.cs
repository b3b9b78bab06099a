namespace TempoClone.Web.Domain;

/// <summary>A dated correction note ("Ralat") an editor adds to a published article; readers see every one, newest last.</summary>
public class Correction
{
    public const int TextMaxLength = 1000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Text { get; set; }
    public DateTime AddedAtUtc { get; set; }
    public required string AddedBy { get; set; }
}
