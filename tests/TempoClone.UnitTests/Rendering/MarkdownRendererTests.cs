using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class MarkdownRendererTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JaVaScRiPt:alert(1))")]
    [InlineData("[klik](&#106;avascript:alert(1))")]
    [InlineData("[klik](vbscript:msgbox(1))")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[klik][x]\n\n[x]: javascript:alert(1)")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![gambar](x \"onerror=alert(1)\")")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void ToSafeHtml_NeutralisesKnownXssPayloads(string markdown)
    {
        var html = MarkdownRenderer.ToSafeHtml(markdown).Value!;
        var elements = new HtmlParser().ParseFragment(html, new HtmlParser().ParseDocument("").Body!)
            .SelectMany(node => node is IElement e ? e.QuerySelectorAll("*").Prepend(e) : []).ToList();

        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "img" or "object" or "embed" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(elements.Select(e => e.GetAttribute("href")).OfType<string>(), href =>
            Assert.Matches("^(https?:|mailto:|/|#)", href.Trim()));
    }

    [Fact]
    public void ToSafeHtml_KeepsOrdinaryFormattingAndSafeLinks()
    {
        var html = MarkdownRenderer.ToSafeHtml("**Tebal** dan *miring*, [Tempo](https://www.tempo.co/) dan [internal](/internasional).").Value;

        Assert.Equal(
            "<p><strong>Tebal</strong> dan <em>miring</em>, <a href=\"https://www.tempo.co/\">Tempo</a> dan <a href=\"/internasional\">internal</a>.</p>",
            html!.Trim());
    }
}
