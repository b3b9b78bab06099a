namespace TempoClone.Web.Domain;

/// <summary>A person (or desk) credited on a byline.</summary>
public class Reporter : IHasSlug
{
    public const int NameMaxLength = 120;
    public const int BioMaxLength = 400;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>A short description for the reporter's page ("Wartawan desk Internasional sejak 2019."); none until an editor writes one.</summary>
    public string? Bio { get; set; }

    /// <summary>The reporter's photo: a picture in the media folder (an upload checked by content, or one from the media library).</summary>
    public string? PhotoPath { get; set; }
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
