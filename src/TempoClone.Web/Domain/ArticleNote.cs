namespace TempoClone.Web.Domain;

/// <summary>
/// A staff-only note on a story (the review desk's conversation, "Kembalikan ke penulis" included): shown on the form
/// to its writer and the editors, never on the reader site, feeds or API. Kept with the revisions: it names the revision
/// it was written on.
/// </summary>
public class ArticleNote
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>The revision that was current when the note was written (0 before the first save's revision).</summary>
    public int RevisionNumber { get; set; }

    public required string Text { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The account's user name, shown by its display name.</summary>
    public required string AuthorUserName { get; set; }

    /// <summary>Written with "Kembalikan ke penulis".</summary>
    public bool IsReturn { get; set; }

    /// <summary>
    /// Taken down by its writer or an editor, or reworded (then <see cref="ReplacesId"/> of the new wording names it):
    /// never deleted, only left out of the conversation and shown in the notes' history.
    /// </summary>
    public DateTime? RemovedAtUtc { get; set; }

    /// <summary>Who took it down or reworded it (a user name).</summary>
    public string? RemovedBy { get; set; }

    /// <summary>The earlier wording this note replaced; it keeps the earlier note's place (its time) in the conversation.</summary>
    public int? ReplacesId { get; set; }
}
