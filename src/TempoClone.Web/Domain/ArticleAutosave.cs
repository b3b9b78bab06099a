namespace TempoClone.Web.Domain;

/// <summary>
/// What one staff member last typed on one article form, kept while they type (and when their session ended under a
/// save): a slot per person and article, overwritten each time, never a revision and never seen by readers.
/// </summary>
public class ArticleAutosave
{
    /// <summary>The slot of a story not saved yet.</summary>
    public const int NewArticle = 0;

    /// <summary>The posted fields as JSON; a body at its limit fits, anything bigger is refused before it gets here.</summary>
    public const int FormMaxLength = 400_000;

    public long Id { get; set; }
    public required string StaffId { get; set; }

    /// <summary>The article's id, or <see cref="NewArticle"/>; no foreign key, so trashing or purging an article never trips on a slot.</summary>
    public int ArticleId { get; set; }

    public DateTime SavedAtUtc { get; set; }

    /// <summary>The form's fields by name ("Input.Title" → "…"), as the browser posted them.</summary>
    public required string FormJson { get; set; }

    /// <summary>Which button the session ended under ("Publish", "Schedule", "" for Simpan), so the restored form can finish it; null for a plain autosave.</summary>
    public string? PendingAction { get; set; }
}
