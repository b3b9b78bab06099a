namespace TempoClone.Web.Domain;

/// <summary>A person (or desk) credited on a byline.</summary>
public class Reporter : IHasSlug
{
    public const int NameMaxLength = 120;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}

public class ArticleByline
{
    public int ArticleId { get; set; }
    public int ReporterId { get; set; }
    public Reporter Reporter { get; set; } = null!;
    public BylineRole Role { get; set; }
    public int Position { get; set; }
}

public enum BylineRole
{
    Reporter = 0,
    Editor = 1,
}
