using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace TempoClone.Web.Rendering;

/// <summary>
/// JSON-LD for a &lt;script type="application/ld+json"&gt; block. System.Text.Json's default encoder escapes
/// &lt;, &gt;, &amp; and quotes, so no value can close the script element: this is the only other place text
/// becomes markup without Razor's encoding.
/// </summary>
public static class StructuredData
{
    public static HtmlString Script(JsonObject data) =>
        new($"<script type=\"application/ld+json\">{data.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}</script>");
}
