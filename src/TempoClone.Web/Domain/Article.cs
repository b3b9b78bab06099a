namespace TempoClone.Web.Domain;

public class Article
{
    public const int TitleMaxLength = 300;
    public const int SlugMaxLength = 120;
    public const int DeckMaxLength = 1000;
    public const int SourceLineMaxLength = 200;
    public const int SourceUrlMaxLength = 500;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>The one-line summary shown in lists and under "Berita terkait".</summary>
    public string Deck { get; set; } = "";

    /// <summary>Markdown. Empty for a story known only by its summary (a related story or a pick from an import).</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>
    /// The body as safe HTML, rendered once when the article is saved, so reading a page never runs Markdown.
    /// Null only for a row written before this existed, until the start-up backfill renders it.
    /// </summary>
    public string? BodyHtml { get; set; }

    /// <summary>The closing credit line, e.g. "REUTERS".</summary>
    public string SourceLine { get; set; } = "";

    public ArticleStatus Status { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>
    /// The story's first publish date, kept through a withdrawal or a draft: set the first time it goes live, or by an
    /// import from the page's own date. Publishing again keeps it unless the editor chooses a new date.
    /// </summary>
    public DateTime? FirstPublishedAtUtc { get; set; }

    /// <summary>
    /// An imported page gave no date ("tanggal tidak diketahui"): the story stays a draft until an editor gives it a
    /// date, so an archive page is never published as today's news.
    /// </summary>
    public bool PublishDateUnknown { get; set; }

    public int KanalId { get; set; }
    public Kanal Kanal { get; set; } = null!;

    public LeadPhoto? LeadPhoto { get; set; }

    /// <summary>The search and social panel's texts and image; every field optional (<see cref="ArticleSharing"/>).</summary>
    public ArticleSharing Sharing { get; set; } = new();

    public int? EditorsPickId { get; set; }
    public Article? EditorsPick { get; set; }

    public List<ArticleByline> Bylines { get; set; } = [];
    public List<RelatedStory> RelatedStories { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>A photo story (Tempo's Foto): its body has a gallery (<c>:::galeri</c>); listed at /foto. Set by the save.</summary>
    public bool IsPhotoStory { get; set; }

    /// <summary>The stored photos its body shows (<see cref="ArticlePhotoUse"/>), kept by the save that renders the body.</summary>
    public List<ArticlePhotoUse> PhotoUses { get; set; } = [];

    /// <summary>
    /// The story's language: <see cref="ArticleLanguages.Indonesian"/> (the default) or <see cref="ArticleLanguages.English"/>
    /// (Tempo's English edition). The article page, its date line and its JSON-LD follow it; the site around it stays Indonesian.
    /// </summary>
    public string Language { get; set; } = ArticleLanguages.Indonesian;

    /// <summary>The story's address on Tempo when an import knows it; a summary-only story links readers there.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The staff account that created the article (null for imported stories); a Kontributor may edit only their own drafts.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Raised on every save; a save that started from an older version is a conflict, not an overwrite.</summary>
    public int Version { get; set; }

    /// <summary>Where the story stands on the review desk (beside <see cref="Status"/>, which says what readers see).</summary>
    public ReviewState ReviewState { get; set; }

    /// <summary>When it was last sent with "Kirim ke redaksi" (the desk's queue is oldest first).</summary>
    public DateTime? ReviewSentAtUtc { get; set; }

    /// <summary>The editor handling it on the desk (a staff id), or null while nobody has taken it.</summary>
    public string? ReviewAssigneeId { get; set; }

    /// <summary>Set when the article is in the trash; it is then hidden from readers until restored.</summary>
    public DateTime? DeletedAtUtc { get; set; }

    /// <summary>Stable key of an imported story (from its title), so a re-import updates instead of duplicating.</summary>
    public string? ImportKey { get; set; }

    /// <summary>
    /// The possible roots of the words in the title, summary and body (space-separated), kept by the search so "desak"
    /// finds "mendesak"; written on every save that changes the text, null until then.
    /// </summary>
    public string? SearchStems { get; set; }

    /// <summary>Readers see it now (<see cref="ArticleRules.Live"/>).</summary>
    public bool IsLive(DateTime nowUtc) => ArticleRules.IsLive(this, nowUtc);

    /// <summary>Published, waiting for its time (<see cref="ArticleRules.Scheduled"/>).</summary>
    public bool IsScheduled(DateTime nowUtc) => ArticleRules.IsScheduled(this, nowUtc);

    /// <summary>Has a body, not only a title and summary (<see cref="ArticleRules.FullText"/>).</summary>
    public bool HasFullText => ArticleRules.HasFullText(this);

    /// <summary>Makes the bylines exactly these, in this order, keeping rows that stay.</summary>
    public void SetBylines(IReadOnlyList<(Reporter Reporter, BylineRole Role)> wanted)
    {
        wanted = wanted.Distinct().ToList();
        Bylines.RemoveAll(b => !wanted.Contains((b.Reporter, b.Role)));
        for (var position = 0; position < wanted.Count; position++)
        {
            var (reporter, role) = wanted[position];
            var byline = Bylines.Find(b => b.Reporter == reporter && b.Role == role);
            if (byline is null) Bylines.Add(byline = new ArticleByline { Reporter = reporter, Role = role });
            byline.Position = position;
        }
    }

    /// <summary>Makes the body's photos exactly these main-file paths, keeping rows that stay.</summary>
    public void SetPhotoUses(IReadOnlyCollection<string> paths)
    {
        PhotoUses.RemoveAll(u => !paths.Contains(u.PhotoPath));
        foreach (var path in paths.Where(path => !PhotoUses.Exists(u => u.PhotoPath == path)))
            PhotoUses.Add(new ArticlePhotoUse { PhotoPath = path });
    }

    /// <summary>Makes "Berita terkait" exactly these stories, in this order (never the article itself).</summary>
    public void SetRelated(IReadOnlyList<Article> wanted)
    {
        wanted = wanted.Where(a => a != this).Distinct().ToList();
        RelatedStories.RemoveAll(r => !wanted.Contains(r.RelatedArticle));
        for (var position = 0; position < wanted.Count; position++)
        {
            var entry = RelatedStories.Find(r => r.RelatedArticle == wanted[position]);
            if (entry is null) RelatedStories.Add(entry = new RelatedStory { RelatedArticle = wanted[position] });
            entry.Position = position;
        }
    }

    public void SetTags(IReadOnlyList<Tag> wanted)
    {
        wanted = wanted.Distinct().ToList();
        Tags.RemoveAll(t => !wanted.Contains(t.Tag));
        for (var position = 0; position < wanted.Count; position++)
        {
            var entry = Tags.Find(t => t.Tag == wanted[position]);
            if (entry is null) Tags.Add(entry = new ArticleTag { Tag = wanted[position] });
            entry.Position = position;
        }
    }
}

/// <summary>The languages a story can be in (BCP 47 codes, as the page's lang attribute and JSON-LD inLanguage write them).</summary>
public static class ArticleLanguages
{
    public const string Indonesian = "id";
    public const string English = "en";
    public const int MaxLength = 8;

    public static bool IsEnglish(string? language) => language == English;

    /// <summary>A known code, or Indonesian for anything else.</summary>
    public static string Known(string? language) => language == English ? English : Indonesian;
}

public enum ArticleStatus
{
    Draft = 0,
    // CASE: Published with a future PublishedAtUtc is "scheduled"; readers see it from that instant on.
    Published = 1,
    Unpublished = 2,
}
