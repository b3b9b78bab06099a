namespace TempoClone.Web.Domain;

/// <summary>A standing page every news site has (Redaksi, Kontak, …): Markdown that admins edit, at a fixed top-level address.</summary>
public class SitePage
{
    public const int TitleMaxLength = 120;
    public const int BodyMaxLength = 50_000;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The body as safe HTML, rendered when saved (null until the start-up backfill renders a default page).</summary>
    public string? BodyHtml { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Raised on every save; a save that started from an older version is refused.</summary>
    public int Version { get; set; }
}
