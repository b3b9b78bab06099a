namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>How the form writes a link to another article: "123 · Judul". The id decides (<see cref="ArticleFormReader.ResolveAsync"/>); the title is for the editor's eyes.</summary>
public static class ArticleReference
{
    public static string Of(int id, string? title) => string.IsNullOrEmpty(title) ? id.ToString() : $"{id} · {title}";
}
