namespace TempoClone.Web.Domain;

public class Tag : IHasSlug
{
    public const int NameMaxLength = 60;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}

public class ArticleTag
{
    public int ArticleId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int Position { get; set; }
}
