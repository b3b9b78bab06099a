using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace TempoClone.Web.Rendering;

/// <summary>
/// The one place untrusted article text becomes HTML. Markdig's DisableHtml() alone still lets
/// javascript: links and friends through, so its output always goes through an allow-list sanitiser.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Use<StoryFurniture>()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "em", "strong", "del", "sub", "sup", "a", "ul", "ol", "li", "blockquote",
            "h2", "h3", "h4", "h5", "h6", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
            // Story furniture (StoryFurniture): written by our renderer only, with its own classes.
            "figure", "figcaption", "aside", "div",
            // Photos in the text (InlinePhotos): written by our renderer only; an image elsewhere is a link (ImagesAsLinks).
            "img", "span",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "class", "src", "alt", "width", "height", "loading" },
        AllowedClasses = new HashSet<string>(StoryFurniture.Classes.Concat(InlinePhotos.Classes), StringComparer.Ordinal),
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // CASE: whatever produced it, an image that is not one of our stored photos never reaches a page.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } image && !InlinePhotos.IsStoredPhotoSource(image.GetAttribute("src"))) image.Remove();
        };
        return sanitizer;
    }

    /// <summary>Longest body the form accepts; Markdig's worst cases grow faster than the text.</summary>
    public const int MaxLength = 60_000;

    /// <summary>Deepest nesting of quotes and lists the form accepts (Markdig throws far below 1,000).</summary>
    public const int MaxNesting = 16;

    /// <summary>
    /// Most of each of "[", "*", "`", "~", "^" and "_" a body may hold: Markdig's time grows with the square of unclosed
    /// link, emphasis and code-span openers (measured: 10,000 "[a](" take 2.2 s, 10,000 "*a" 1.3 s, 15,000 "`a` " 4.3 s,
    /// 20,000 "~a" 1.8 s, 20,000 "^a" 1.3 s; 2,000 of each stay under 0.2 s).
    /// </summary>
    public const int MaxMarkers = 2_000;

    private const string MarkerCharacters = "[*`~^_";

    /// <summary>Time a body may take to render when it is saved; readers never wait on more.</summary>
    public static readonly TimeSpan RenderBudget = TimeSpan.FromSeconds(1);

    // Bodies that once broke or overran the budget (an import, an older save) are shown as plain text from then on.
    private static readonly ConcurrentDictionary<string, bool> Unrenderable = new();

    /// <summary>
    /// The limits that bound Markdig's work, checked in linear time before any rendering: every path that renders Markdown
    /// (save, Pratinjau, History, import, the start-up backfill) goes through them, through <see cref="Problem"/> or
    /// <see cref="ToSafeHtml"/>. Null when the body is within them.
    /// </summary>
    public static string? LimitProblem(string markdown)
    {
        if (markdown.Length > MaxLength) return $"Isi artikel paling panjang {MaxLength:N0} karakter; kini {markdown.Length:N0}.";
        if (NestingDepth(markdown) > MaxNesting) return $"Isi artikel: kutipan (>) atau daftar bertingkat paling dalam {MaxNesting} tingkat.";
        if (Markers(markdown) > MaxMarkers) return $"Isi artikel memuat terlalu banyak tanda [ * ` ~ ^ atau _ (paling banyak {MaxMarkers:N0} masing-masing).";
        return null;
    }

    /// <summary>Why this body cannot be saved, in words for the form; null when it renders fine and fast.</summary>
    public static string? Problem(string markdown)
    {
        if (LimitProblem(markdown) is { } limit) return limit;
        // The limits above bound the render; timing it here (not waiting on another thread, which a busy server
        // may start late) catches any pattern they miss. A slow first try gets a second: a pause is not the text's fault.
        var (rendered, elapsed) = TimedRender(markdown, out _);
        if (rendered && elapsed > RenderBudget) (rendered, elapsed) = TimedRender(markdown, out _);
        if (!rendered) return "Isi artikel tidak dapat ditampilkan. Periksa kutipan dan daftar bertingkatnya.";
        return elapsed > RenderBudget ? "Isi artikel terlalu rumit untuk ditampilkan cepat. Periksa tanda kurung dan tautan Markdown-nya." : null;
    }

    /// <summary>Pratinjau: the rendering, or null with the reason when the body is past the limits (nothing is rendered then).</summary>
    public static HtmlString? PreviewOf(string markdown, out string? problem, InlinePhotoLookup? photos = null)
    {
        problem = LimitProblem(markdown);
        return problem is null ? ToSafeHtml(markdown, photos) : null;
    }

    /// <summary>
    /// Never throws and never hangs a page: a body the pipeline cannot handle is shown as plain paragraphs.
    /// <paramref name="photos"/> finds the stored photos the body names (<see cref="InlinePhotos"/>); without it they stay captions.
    /// </summary>
    public static HtmlString ToSafeHtml(string markdown, InlinePhotoLookup? photos = null)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        // CASE: past the form's limits (a body saved under older rules, an import, a preview or History of such a body)
        // it never reaches Markdig: shown as plain paragraphs, whatever path asked.
        if (LimitProblem(markdown) is not null || Unrenderable.ContainsKey(key))
            return PlainText(markdown);

        var (rendered, elapsed) = TimedRender(markdown, out var html, photos);
        // CASE: only far past the budget is a body remembered as unrenderable; a busy moment must not demote an article.
        if (!rendered || elapsed > RenderBudget * 3)
        {
            if (Unrenderable.Count < 10_000) Unrenderable[key] = true;
            if (!rendered) return PlainText(markdown);
        }
        return new HtmlString(html);
    }

    // The first render in a process pays for JIT and the sanitiser's set-up; no body is timed on it.
    private static readonly Lazy<bool> WarmedUp = new(() => TryRender("**a** [b](https://c.example)\n\n> d\n\n- e", out _));

    private static (bool Rendered, TimeSpan Elapsed) TimedRender(string markdown, out string html, InlinePhotoLookup? photos = null)
    {
        _ = WarmedUp.Value;
        var started = Stopwatch.GetTimestamp();
        var rendered = TryRender(markdown, out html, photos);
        return (rendered, Stopwatch.GetElapsedTime(started));
    }

    private static int Markers(string markdown)
    {
        var most = 0;
        foreach (var marker in MarkerCharacters) most = Math.Max(most, markdown.AsSpan().Count(marker));
        return most;
    }

    private static bool TryRender(string markdown, out string html, InlinePhotoLookup? photos = null)
    {
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            InlinePhotos.Place(document, photos);
            ImagesAsLinks(document);
            EmbedFacades.LinkBareEmbeds(document);
            StoryFurniture.Mark(document);
            html = Sanitizer.Sanitize(document.ToHtml(Pipeline));
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            html = "";
            return false;
        }
    }

    /// <summary>
    /// "![foto](https://…)" is never dropped without a word: an image from elsewhere would be a request to another site
    /// on every reading, so it is shown as a link to the image, named by its description (or its address).
    /// </summary>
    private static void ImagesAsLinks(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage).ToList())
        {
            var description = string.Concat(image.FindDescendants<LiteralInline>().Select(text => text.Content.ToString()));
            if (Uri.TryCreate(image.Url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
            {
                image.IsImage = false;
                if (image.FirstChild is null) image.AppendChild(new LiteralInline(image.Url!));
            }
            // CASE: no web address to link to: the description stays as text.
            else image.ReplaceBy(new LiteralInline(description), copyChildren: false);
        }
    }

    private static HtmlString PlainText(string markdown) => new(string.Concat(
        markdown.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => "<p>" + HtmlEncoder.Default.Encode(paragraph) + "</p>")));

    /// <summary>How deep quotes and list items stack on one line ("> > - > text" is 4).</summary>
    public static int NestingDepth(string markdown)
    {
        var deepest = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            var depth = 0;
            var rest = line.TrimStart();
            while (!rest.IsEmpty)
            {
                if (rest[0] == '>') rest = rest[1..];
                else if (rest.Length > 1 && rest[0] is '-' or '*' or '+' && rest[1] == ' ') rest = rest[2..];
                else
                {
                    var digits = 0;
                    while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits])) digits++;
                    if (digits == 0 || digits + 1 >= rest.Length || rest[digits] is not ('.' or ')') || rest[digits + 1] != ' ') break;
                    rest = rest[(digits + 2)..];
                }
                depth++;
                rest = rest.TrimStart();
            }
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }
}
