namespace TempoClone.Web.Domain;

/// <summary>Who published, unpublished, scheduled, deleted or restored what, and when.</summary>
public class AuditEntry
{
    public int Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public int? ArticleId { get; set; }
    public string Subject { get; set; } = "";
}
