using Microsoft.AspNetCore.Mvc.ModelBinding;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The publish time each publishing button stands for, checked before anything is saved; a problem goes on the
/// form's publish-time field.
/// </summary>
public static class PublishButtons
{
    public static string ScheduleMessage(DateTime nowUtc) => "Isi waktu terbit yang akan datang, " + JakartaTime.TimeHintAt(nowUtc) + ".";

    /// <summary>
    /// Terbitkan: live now, whatever time the field held; an archive story (imported with its date, or live before)
    /// keeps its first publish date unless "Terbitkan sebagai berita baru" is ticked (<see cref="PublishDates"/>).
    /// Returns the exact time to publish at, and shows it in the field.
    /// </summary>
    public static DateTime? Publish(Article? article, ArticleInput input, DateTime nowUtc, ModelStateDictionary state)
    {
        var at = PublishDates.ForPublishing(article, input.PublishAsNew, nowUtc);
        if (at is null) state.AddModelError("Input.PublishAt", PublishDates.DateNeededMessage);
        else input.PublishAt = JakartaTime.TypedTime(at.Value);
        return at;
    }

    /// <summary>Jadwalkan: the typed WIB time, which must still be to come, except for an archive story, which may take its own past date.</summary>
    public static DateTime? Schedule(Article? article, ArticleInput input, DateTime nowUtc, ModelStateDictionary state)
    {
        if (JakartaTime.ParseInput(input.PublishAt) is not { } at || at <= nowUtc && !PublishDates.IsArchiveStory(article, nowUtc))
            state.AddModelError("Input.PublishAt", ScheduleMessage(nowUtc));
        // The field's time is read with the rest of the form.
        return null;
    }
}
