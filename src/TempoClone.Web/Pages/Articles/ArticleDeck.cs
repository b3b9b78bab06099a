using System.Net;
using System.Text.RegularExpressions;

namespace TempoClone.Web.Pages.Articles;

/// <summary>Whether a deck says something the body does not already open with.</summary>
public static partial class ArticleDeck
{
    /// <summary>
    /// True when the deck is the start of the body's first paragraph (an import without a deck takes its summary from
    /// there): shown under the headline it would be read twice.
    /// </summary>
    public static bool RepeatsLead(string deck, string bodyHtml)
    {
        var first = FirstParagraphPattern().Match(bodyHtml);
        if (!first.Success) return false;
        var lead = Normalise(WebUtility.HtmlDecode(TagPattern().Replace(first.Groups[1].Value, "")));
        var wanted = Normalise(deck.TrimEnd('…', '.', ' '));
        return wanted.Length > 0 && lead.Contains(wanted, StringComparison.Ordinal);
    }

    private static string Normalise(string text) => SpacesPattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FirstParagraphPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}
