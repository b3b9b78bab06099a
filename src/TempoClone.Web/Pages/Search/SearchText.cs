namespace TempoClone.Web.Pages.Search;

/// <summary>
/// What of a body the search reads. The dateline ("TEMPO.CO, Jakarta - ") opens nearly every story, so indexed it
/// made "jakarta" match the whole archive and started every excerpt; the index leaves it out. The same rule is written
/// in SQL in the index's migrations (SQLite's ArticleSearchContent view, PostgreSQL's SearchVector column) and in
/// PostgreSQL's excerpts (Data/Engines/PostgresEngine.Dateline): change them together.
/// </summary>
public static class SearchText
{
    /// <summary>How far into the body a dateline's dash may stand.</summary>
    public const int DatelineReach = 80;

    public static string WithoutDateline(string body)
    {
        if (!body.StartsWith("TEMPO", StringComparison.OrdinalIgnoreCase)) return body;
        var head = body.Length > DatelineReach ? body[..DatelineReach] : body;
        var dash = head.IndexOf(" - ", StringComparison.Ordinal);
        return dash < 0 ? body : body[(dash + 3)..];
    }
}
