using System.Text.Encodings.Web;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TempoClone.Web.Rendering;

/// <summary>
/// The furniture of a story, as fenced blocks an editor types (or the toolbar inserts):
/// <c>:::kutipan</c> (a pull quote; a last line starting with "—" names who said it), <c>:::poin</c> ("Poin penting",
/// a list of key points), <c>:::wawancara</c> (an interview: "T:" marks a question, "J:" an answer) and
/// <c>:::fakta Judul</c> (a fact box with an optional title). Only these four are furniture; any other fence shows its
/// text as ordinary paragraphs. Only Markdig's block fence is added — not its inline <c>::…::</c> spans, which would
/// quietly change text holding "::". The markup is ours, with a fixed set of classes the sanitiser allows.
/// </summary>
public sealed class StoryFurniture : IMarkdownExtension
{
    public const string Quote = "kutipan", KeyPoints = "poin", Interview = "wawancara", Facts = "fakta";

    /// <summary>Every class the furniture writes: the sanitiser keeps these and no other.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>(StringComparer.Ordinal)
    {
        "pull-quote", "key-points", "fact-box", "interview", "interview-question", "interview-answer", "furniture-title",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>()) pipeline.BlockParsers.Insert(0, new CustomContainerParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Renderer>()) html.ObjectRenderers.Insert(0, new Renderer());
    }

    /// <summary>After parsing: the interview's "T:"/"J:" and the quote's "— name" become marks of their paragraphs.</summary>
    public static void Mark(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var kind = container.Info?.Trim().ToLowerInvariant();
            if (kind == Interview)
            {
                foreach (var paragraph in container.OfType<ParagraphBlock>())
                {
                    if (TakePrefix(paragraph, "Tanya:", "T:")) paragraph.GetAttributes().AddClass("interview-question");
                    else if (TakePrefix(paragraph, "Jawab:", "J:")) paragraph.GetAttributes().AddClass("interview-answer");
                }
            }
            else if (kind == Quote && container.Count > 1 && container.LastChild is ParagraphBlock last && TakePrefix(last, "—", "--", "- "))
                last.SetData(typeof(StoryFurniture), true);
        }
    }

    /// <summary>Removes the first of <paramref name="prefixes"/> the paragraph's text starts with; false when none does.</summary>
    private static bool TakePrefix(ParagraphBlock paragraph, params string[] prefixes)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first) return false;
        var text = first.Content.ToString();
        var trimmed = text.TrimStart();
        if (prefixes.FirstOrDefault(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is not { } prefix) return false;
        first.Content = new StringSlice(trimmed[prefix.Length..].TrimStart());
        return true;
    }

    private sealed class Renderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer block)
        {
            var title = block.Arguments?.Trim();
            switch (block.Info?.Trim().ToLowerInvariant())
            {
                case Quote:
                    renderer.WriteLine("<figure class=\"pull-quote\"><blockquote>");
                    var source = block.LastChild is ParagraphBlock last && last.GetData(typeof(StoryFurniture)) is true ? last : null;
                    foreach (var child in block.Where(child => child != source)) renderer.Write(child);
                    renderer.Write("</blockquote>");
                    if (source is not null)
                    {
                        renderer.Write("<figcaption>");
                        renderer.WriteLeafInline(source);
                        renderer.Write("</figcaption>");
                    }
                    renderer.WriteLine("</figure>");
                    break;
                case KeyPoints:
                    Boxed(renderer, block, "key-points", string.IsNullOrEmpty(title) ? "Poin penting" : title);
                    break;
                case Facts:
                    Boxed(renderer, block, "fact-box", string.IsNullOrEmpty(title) ? "Fakta" : title);
                    break;
                case Interview:
                    renderer.WriteLine("<div class=\"interview\">");
                    renderer.WriteChildren(block);
                    renderer.WriteLine("</div>");
                    break;
                default:
                    // CASE: an unknown fence ("::: catatan") is no furniture: its text stays, as plain paragraphs.
                    renderer.WriteChildren(block);
                    break;
            }
        }

        private static void Boxed(HtmlRenderer renderer, CustomContainer block, string kind, string title)
        {
            renderer.Write($"<aside class=\"{kind}\"><h2 class=\"furniture-title\">{HtmlEncoder.Default.Encode(title)}</h2>");
            renderer.WriteChildren(block);
            renderer.WriteLine("</aside>");
        }
    }
}
