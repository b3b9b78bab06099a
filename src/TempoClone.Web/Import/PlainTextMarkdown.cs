using System.Text.RegularExpressions;

namespace TempoClone.Web.Import;

/// <summary>Turns a plain-text paragraph into Markdown that renders as the same text (no accidental emphasis, links or lists).</summary>
public static partial class PlainTextMarkdown
{
    public static string Escape(string paragraph)
    {
        var escaped = InlineSpecials().Replace(paragraph, @"\$0");
        // CASE: a paragraph opening with "#", "-", "+", ">" or "1." would become a heading, list or quote.
        return BlockStart().Replace(escaped, m => m.Value[..^1] + "\\" + m.Value[^1]);
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|~]")]
    private static partial Regex InlineSpecials();

    [GeneratedRegex(@"^(\d{1,9}[.)]|[#+=-])")]
    private static partial Regex BlockStart();
}
