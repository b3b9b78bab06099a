using TempoClone.Web.Domain;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>An article's status as the newsroom names it, from the entity's own rules (scheduled is published with its time to come).</summary>
public static class ArticleStatusLabel
{
    public static string Of(Article article, DateTime nowUtc) => article.Status switch
    {
        // A draft on the review desk is named by its review state ("Menunggu review", "Dikembalikan").
        ArticleStatus.Draft => article.ReviewState.Label() ?? "Draf",
        ArticleStatus.Unpublished => "Ditarik dari situs",
        _ when article.IsScheduled(nowUtc) => "Terjadwal",
        _ => "Terbit",
    };
}
