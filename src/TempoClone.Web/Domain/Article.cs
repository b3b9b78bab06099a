namespace TempoClone.Web.Domain;

public class Article
{
    public const int TitleMaxLength = 300;
    public const int SlugMaxLength = 120;
    public const int DeckMaxLength = 1000;
    public const int SourceLineMaxLength = 200;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>The one-line summary shown in lists and under "Berita terkait".</summary>
    public string Deck { get; set; } = "";

    /// <summary>Markdown. Empty for a story known only by its summary (a related story or a pick from an import).</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The closing credit line, e.g. "REUTERS".</summary>
    public string SourceLine { get; set; } = "";

    public ArticleStatus Status { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public int KanalId { get; set; }
    public Kanal Kanal { get; set; } = null!;

    public LeadPhoto? LeadPhoto { get; set; }

    public int? EditorsPickId { get; set; }
    public Article? EditorsPick { get; set; }

    public List<ArticleByline> Bylines { get; set; } = [];
    public List<RelatedStory> RelatedStories { get; set; } = [];

    /// <summary>Stable key of an imported story (from its title), so a re-import updates instead of duplicating.</summary>
    public string? ImportKey { get; set; }

    public bool HasFullText => BodyMarkdown.Length > 0;
}

public enum ArticleStatus
{
    Draft = 0,
    // CASE: Published with a future PublishedAtUtc is "scheduled"; readers see it from that instant on.
    Published = 1,
    Unpublished = 2,
}
