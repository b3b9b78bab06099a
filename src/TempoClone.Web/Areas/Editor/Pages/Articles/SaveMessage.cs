using Microsoft.AspNetCore.Mvc.ViewFeatures;
using TempoClone.Web.Domain;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>What the editor is told after a save, in words that say what happened to the story (shown once, after the redirect).</summary>
public static class SaveMessage
{
    public static void Tell(ITempDataDictionary tempData, Article article, bool wasLive, DateTime nowUtc, string publicUrl)
    {
        if (article.IsLive(nowUtc))
            Flash.Tell(tempData, wasLive ? $"Perubahan terbit {JakartaTime.Clock(nowUtc)} WIB" : $"Terbit {JakartaTime.Clock(article.PublishedAtUtc)} WIB", publicUrl, "lihat di situs");
        else if (article.IsScheduled(nowUtc))
            Flash.Tell(tempData, $"Dijadwalkan {JakartaTime.LongStamp(article.PublishedAtUtc)}");
        else if (article.Status == ArticleStatus.Unpublished)
            Flash.Tell(tempData, $"Ditarik dari situs: disimpan {JakartaTime.Clock(nowUtc)} WIB, pembaca tidak melihatnya.");
        else
            Flash.Tell(tempData, $"Draf disimpan {JakartaTime.Clock(nowUtc)} WIB.");
    }
}
