namespace TempoClone.Web.Data;

/// <summary>LIKE patterns from user text, with the wildcards escaped, so "%%%%" searches for percent signs.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
