using System.Globalization;
using System.Text;

namespace TempoClone.Web.Rendering;

public static class Slugs
{
    public const int MaxLength = 100;

    /// <summary>"Makin Mesra, Rusia Rayu Korea Utara" → "makin-mesra-rusia-rayu-korea-utara": ASCII, diacritics folded, cut at a word.</summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(lower);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var result = slug.ToString().Trim('-');
        if (result.Length <= maxLength) return result;

        var cut = result[..maxLength];
        var lastDash = cut.LastIndexOf('-');
        return (lastDash > maxLength / 2 ? cut[..lastDash] : cut).Trim('-');
    }
}
