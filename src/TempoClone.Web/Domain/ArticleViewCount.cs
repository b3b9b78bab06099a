namespace TempoClone.Web.Domain;

/// <summary>How often readers opened an article in one hour (UTC): the raw material of "Terpopuler".</summary>
public class ArticleViewCount
{
    public int ArticleId { get; set; }
    public DateTime HourUtc { get; set; }
    public int Views { get; set; }
}
