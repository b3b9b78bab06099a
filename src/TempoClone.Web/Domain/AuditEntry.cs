namespace TempoClone.Web.Domain;

/// <summary>Who changed what readers see (an article, a kanal, Pilihan Editor, a standing page), and when (Newsroom's AuditLog).</summary>
public class AuditEntry
{
    public int Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public int? ArticleId { get; set; }
    public string Subject { get; set; } = "";
}
