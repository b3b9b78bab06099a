namespace TempoClone.Web.Areas.Editor.Pages.FrontPage;

/// <summary>One place of the lead block as the form posts it: a story reference ("123 · Judul") and an optional end time.</summary>
public sealed class SlotInput
{
    public string? Reference { get; set; }
    public string? EndsAt { get; set; }
}

/// <summary>The breaking-news bar as the form posts it.</summary>
public sealed class BarInput
{
    public string? Label { get; set; }
    public string? Text { get; set; }
    public string? Link { get; set; }
    public string? EndsAt { get; set; }
}
