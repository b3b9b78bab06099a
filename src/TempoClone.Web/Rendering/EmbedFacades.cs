using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace TempoClone.Web.Rendering;

/// <summary>
/// Embeds, privacy first. The stored body keeps an embed as what it is everywhere else — a paragraph holding one link
/// (so feeds, the API and a page without script get a plain link) — and the reader page turns such a paragraph into a
/// facade: the provider's name, the title where the author gave one, a button; our own placeholder, no request to the
/// provider. <c>/js/embeds.js</c> swaps in the provider's frame when the reader clicks.
/// </summary>
public static partial class EmbedFacades
{
    /// <summary>
    /// In the parsed Markdown, a paragraph that is only an embeddable address (a bare URL on its own line, or a pasted
    /// &lt;iframe&gt; of a known provider) becomes a link to its canonical address. Other iframes stay text.
    /// </summary>
    public static void LinkBareEmbeds(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            // After inline parsing the paragraph keeps only its inlines: a bare address is plain text pieces.
            if (paragraph.Inline is not { } inlines || !inlines.All(inline => inline is LiteralInline)) continue;
            var line = string.Concat(inlines.Select(inline => ((LiteralInline)inline).Content.ToString())).Trim();
            var address = PastedFrame().Match(line) is { Success: true } frame ? WebUtility.HtmlDecode(frame.Groups["src"].Value) : line;
            if (EmbedLink.Parse(address) is not { } embed) continue;
            var link = new LinkInline(embed.LinkUrl, "");
            link.AppendChild(new LiteralInline(embed.LinkUrl));
            paragraph.Inline = new ContainerInline().AppendChild(link);
        }
    }

    /// <summary>The stored (sanitised) body with each paragraph that is one embeddable link shown as a facade.</summary>
    public static HtmlString Apply(string bodyHtml, out bool hasEmbeds)
    {
        var found = false;
        var html = LinkParagraph().Replace(bodyHtml, match =>
        {
            if (EmbedLink.Parse(WebUtility.HtmlDecode(match.Groups["href"].Value)) is not { } embed) return match.Value;
            found = true;
            var text = WebUtility.HtmlDecode(match.Groups["text"].Value).Trim();
            // CASE: a bare address says nothing a reader needs; link text the author wrote is the title.
            return Facade(embed, text.Length == 0 || text.Contains("://", StringComparison.Ordinal) ? null : text);
        });
        hasEmbeds = found;
        return new HtmlString(html);
    }

    private static string Facade(EmbedLink embed, string? title)
    {
        var e = HtmlEncoder.Default;
        var label = title ?? $"{embed.ProviderName}: konten tersemat";
        return $"""<figure class="embed embed-{embed.Provider.ToString().ToLowerInvariant()}{(embed.Tall ? " embed-tall" : "")}">""" +
            $"""<a class="embed-facade" href="{e.Encode(embed.LinkUrl)}" data-embed-src="{e.Encode(embed.FrameUrl)}" data-embed-title="{e.Encode(label)}">""" +
            $"""<span class="embed-provider">{e.Encode(embed.ProviderName)}</span>""" +
            (title is null ? "" : $"""<span class="embed-title">{e.Encode(title)}</span>""") +
            $"""<span class="embed-action">{e.Encode(embed.Action)}</span></a>""" +
            $"""<figcaption class="embed-note">Konten dari {e.Encode(embed.ProviderName)} dimuat setelah Anda mengekliknya; {e.Encode(embed.ProviderName)} dapat mencatat kunjungan Anda.</figcaption></figure>""";
    }

    // The sanitiser writes a link as <a href="…"> (a title attribute may follow) and escapes text; a paragraph with
    // anything more than one link of plain text is left alone.
    [GeneratedRegex("""<p><a href="(?<href>[^"]{1,2000})"(?: title="[^"]*")?>(?<text>[^<]{0,500})</a></p>""")]
    private static partial Regex LinkParagraph();

    [GeneratedRegex("""^<iframe\b[^>]*?\ssrc="(?<src>https?://[^"]{1,2000})"[^>]*>\s*</iframe>$""", RegexOptions.IgnoreCase)]
    private static partial Regex PastedFrame();
}
