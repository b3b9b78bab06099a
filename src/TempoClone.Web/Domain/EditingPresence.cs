namespace TempoClone.Web.Domain;

/// <summary>
/// Someone has an article's form open: their browser says so every few seconds. A row older than
/// <see cref="StaleAfter"/> means they left. Kept in the database so every instance of the site sees it.
/// </summary>
public class EditingPresence
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    public int ArticleId { get; set; }
    public required string StaffId { get; set; }

    /// <summary>The display name as it was at the last heartbeat, shown as "Sedang disunting oleh …".</summary>
    public required string DisplayName { get; set; }
    public DateTime SeenAtUtc { get; set; }
}
