using System.Text.RegularExpressions;

namespace TempoClone.Web.Import;

/// <summary>Turns plain text into Markdown that renders as the same text (no accidental emphasis, links or lists).</summary>
public static partial class PlainTextMarkdown
{
    public static string Escape(string paragraph)
    {
        var escaped = InlineSpecials().Replace(paragraph, @"\$0");
        // CASE: a paragraph opening with "#", "-", "+", ">" or "1." would become a heading, list or quote.
        return BlockStart().Replace(escaped, m => m.Value[..^1] + "\\" + m.Value[^1]);
    }

    /// <summary>
    /// The body as Markdown: paragraphs as text, sub-heads as headings, and "Baca juga:" as Tempo shows it — a bold
    /// label and a link to the named story (<paramref name="linkFor"/> gives its path; without one it stays a label and title).
    /// </summary>
    public static string FromBlocks(IEnumerable<BodyBlock> blocks, Func<string, string?> linkFor) =>
        string.Join("\n\n", blocks.Select(block => block switch
        {
            SubHead head => "### " + Escape(head.Text),
            ReadAlso link when linkFor(link.Text) is { } path => $"**Baca juga:** [{Escape(link.Text)}]({path})",
            ReadAlso link => "**Baca juga:** " + Escape(link.Text),
            _ => Escape(block.Text),
        }));

    [GeneratedRegex(@"[\\`*_\[\]<>|~]")]
    private static partial Regex InlineSpecials();

    [GeneratedRegex(@"^(\d{1,9}[.)]|[#+=-])")]
    private static partial Regex BlockStart();
}
