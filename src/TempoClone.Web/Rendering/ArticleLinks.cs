namespace TempoClone.Web.Rendering;

/// <summary>Tempo's URL scheme: /{kanal}/{slug}-{id}. The id is the key; kanal and slug are for people and search engines.</summary>
public static class ArticleLinks
{
    public static string Path(string kanalSlug, string articleSlug, int id) =>
        articleSlug.Length == 0 ? $"/{kanalSlug}/{id}" : $"/{kanalSlug}/{articleSlug}-{id}";

    /// <summary>Splits "makin-mesra-123" into ("makin-mesra", 123); false for anything else.</summary>
    public static bool TryParseSlugAndId(string slugAndId, out string slug, out int id)
    {
        var dash = slugAndId.LastIndexOf('-');
        slug = dash < 0 ? "" : slugAndId[..dash];
        return int.TryParse(slugAndId.AsSpan(dash + 1), System.Globalization.NumberStyles.None, null, out id) && id > 0;
    }
}
