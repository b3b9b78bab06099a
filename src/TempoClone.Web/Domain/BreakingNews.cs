namespace TempoClone.Web.Domain;

/// <summary>The bar above every reader page ("Breaking news" or "Terkini"), one at a time, until its end time.</summary>
public class BreakingNews
{
    /// <summary>The only row: there is one bar for the whole site.</summary>
    public const int TheBar = 1;
    public const int MaxTextLength = 200;
    public const int MaxLinkLength = 500;

    /// <summary>The labels editors choose from; a free label would let the bar shout anything.</summary>
    public static readonly IReadOnlyList<string> Labels = ["Breaking news", "Terkini"];

    public int Id { get; set; } = TheBar;
    public required string Label { get; set; }
    public required string Text { get; set; }
    /// <summary>A path on the site ("/nasional/…") or an https address; empty shows the text without a link.</summary>
    public string Link { get; set; } = "";
    public DateTime EndsAtUtc { get; set; }
}
