namespace TempoClone.Web.Domain;

/// <summary>
/// An editor's choice for one place of the home page's lead block: position 1 is the headline, 2 to
/// <see cref="Count"/> the stories beside it. A place without a slot, with an ended slot, or whose story is not
/// live is filled with the newest full story instead, so the lead block never falls silent.
/// </summary>
public class FrontPageSlot
{
    /// <summary>The headline and the three stories of the lead block.</summary>
    public const int Count = 4;

    public int Id { get; set; }
    public int Position { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>After this instant the place goes back to the newest stories; null keeps it until an editor changes it.</summary>
    public DateTime? EndsAtUtc { get; set; }
}
