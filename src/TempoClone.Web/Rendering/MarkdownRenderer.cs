using Ganss.Xss;
using Markdig;
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
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "em", "strong", "del", "sub", "sup", "a", "ul", "ol", "li", "blockquote",
            "h2", "h3", "h4", "h5", "h6", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        AllowedCssProperties = new HashSet<string>(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    });

    public static HtmlString ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        return new HtmlString(Sanitizer.Sanitize(html));
    }
}
