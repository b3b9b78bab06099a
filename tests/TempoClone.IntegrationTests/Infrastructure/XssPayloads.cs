using AngleSharp.Dom;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Well-known XSS payloads, and the check that a page rendered them harmless.</summary>
public static class XssPayloads
{
    public static readonly string[] All =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "<svg onload=alert(1)>",
        "'\"><iframe src=javascript:alert(1)></iframe>",
        "[klik](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<img src=x onerror=&#97;lert(1)>",
        "[x](&#x6A;avascript:alert(1))",
        "<javascript:alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<style>@import 'http://evil.example/x.css';</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ];

    /// <summary>Fields an editor fills, each given a payload (short ones where the field is short).</summary>
    public static Dictionary<string, string> InEveryField(string title, string payload) => new()
    {
        ["Input.Title"] = title + " " + payload,
        ["Input.Slug"] = "",
        ["Input.Deck"] = "Ringkasan " + payload,
        ["Input.Body"] = "Paragraf " + payload + "\n\n" + payload,
        ["Input.Reporters"] = payload.Replace(",", " "),
        ["Input.Editors"] = payload.Replace(",", " "),
        ["Input.Tags"] = payload.Replace(",", " ")[..Math.Min(payload.Length, 60)],
        ["Input.SourceLine"] = payload,
        ["Input.PhotoCaption"] = "Keterangan " + payload,
        ["Input.PhotoCredit"] = payload,
        ["Input.PhotoAlt"] = "Alt " + payload,
        ["Input.NewKanal"] = "K " + payload[..Math.Min(payload.Length, 50)],
        ["Input.Status"] = "Published",
    };

    /// <summary>No script element (but JSON-LD data that parses as JSON, and the editor area's own script files under /js/), no on* handler, no unsafe URL anywhere in the page.</summary>
    public static void AssertHarmless(IDocument page, string context)
    {
        Assert.True(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src^='/js/']), iframe, object, embed, svg, math, style").Length == 0, $"{context}: active element found");
        foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']"))
            System.Text.Json.JsonDocument.Parse(data.TextContent).Dispose();
        foreach (var own in page.QuerySelectorAll("script[src]")) Assert.True(own.TextContent.Length == 0, $"{context}: script with content");
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{context}: <{element.LocalName} {attribute.Name}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                    Assert.DoesNotMatch(@"^\s*(javascript|vbscript|data):", attribute.Value.ToLowerInvariant());
            }
        }
    }
}
