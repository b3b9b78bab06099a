using TempoClone.Web.Domain;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>Where a story stands, as the article form's action bar sees it.</summary>
public enum ArticlePhase
{
    New,
    Draft,
    Scheduled,
    Live,
    Unpublished,
}

public static class ArticlePhases
{
    public static ArticlePhase Of(Article? article, DateTime nowUtc) => article switch
    {
        null => ArticlePhase.New,
        _ when article.IsLive(nowUtc) => ArticlePhase.Live,
        _ when article.IsScheduled(nowUtc) => ArticlePhase.Scheduled,
        { Status: ArticleStatus.Unpublished } => ArticlePhase.Unpublished,
        _ => ArticlePhase.Draft,
    };

    /// <summary>"Draf", "Terbit", … as the bar and the list say it.</summary>
    public static string Label(this ArticlePhase phase) => phase switch
    {
        ArticlePhase.New => "Artikel baru",
        ArticlePhase.Draft => "Draf",
        ArticlePhase.Scheduled => "Terjadwal",
        ArticlePhase.Live => "Terbit",
        _ => "Ditarik dari situs",
    };
}
