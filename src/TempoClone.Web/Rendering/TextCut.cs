namespace TempoClone.Web.Rendering;

/// <summary>Text shortened to a length, with "…" where it was cut; the "…" counts towards the length.</summary>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>
    /// The text if it fits in <paramref name="max"/> characters, else its start and "…" in exactly that many; with
    /// <paramref name="atWord"/> the cut goes back to the last space when one is in the second half, so no word is split.
    /// </summary>
    public static string ToLength(string text, int max, bool atWord = false)
    {
        if (text.Length <= max) return text;
        var cut = text[..(max - 1)];
        var space = atWord ? cut.LastIndexOf(' ') : -1;
        return (space > max / 2 ? cut[..space] : cut) + Ellipsis;
    }
}
