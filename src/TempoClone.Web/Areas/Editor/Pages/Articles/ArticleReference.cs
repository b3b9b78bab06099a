using System.Globalization;
using System.Text.RegularExpressions;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>How the form writes a link to another article: "123 · Judul". The id decides (<see cref="ArticleFormReader.ResolveAsync"/>); the title is for the editor's eyes.</summary>
public static partial class ArticleReference
{
    public static string Of(int id, string? title) => string.IsNullOrEmpty(title) ? id.ToString() : $"{id} · {title}";

    /// <summary>The id a reference starts with ("123", "123 · Judul"); null for a bare title.</summary>
    public static int? IdIn(string reference) =>
        LeadingIdPattern().Match(reference) is { Success: true } match && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var id) ? id : null;

    [GeneratedRegex(@"^\s*(\d{1,9})(\s|$|·|-)")]
    private static partial Regex LeadingIdPattern();
}
