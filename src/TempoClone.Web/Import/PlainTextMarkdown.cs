using System.Text;
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
    /// <param name="readAlso">The label in the story's language ("Baca juga:", "Read also:").</param>
    public static string FromBlocks(IEnumerable<BodyBlock> blocks, Func<string, string?> linkFor, string readAlso = "Baca juga:")
    {
        var markdown = new StringBuilder();
        BodyBlock? previous = null;
        foreach (var block in blocks)
        {
            // CASE: the items of one list sit on consecutive lines; every other block is a paragraph of its own.
            if (previous is not null) markdown.Append(block is ListItem && previous is ListItem ? "\n" : "\n\n");
            markdown.Append(block switch
            {
                SubHead head => "### " + Escape(head.Text),
                ListItem item => "- " + Escape(item.Text),
                Question question => "**" + Escape(question.Text) + "**",
                ReadAlso link when linkFor(link.Text) is { } path => $"**{readAlso}** [{Escape(link.Text)}]({path})",
                ReadAlso link => $"**{readAlso}** " + Escape(link.Text),
                _ => Escape(block.Text),
            });
            previous = block;
        }
        return markdown.ToString();
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|~]")]
    private static partial Regex InlineSpecials();

    [GeneratedRegex(@"^(\d{1,9}[.)]|[#+=-])")]
    private static partial Regex BlockStart();
}
