using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Who changed what the public sees, and when: one line per change, written in the change's own transaction, so a
/// change is never saved without its line (nor a line without its change). An ordinary save of a story whose public
/// state stays is not a line, unless its caller named an action ("mengimpor").
/// </summary>
public sealed class AuditLog(TempoDbContext db) : INewsroomSubscriber<NewsroomEvent>
{
    public NewsroomStage Stage => NewsroomStage.InTransaction;

    public Task HandleAsync(NewsroomEvent change, CancellationToken ct)
    {
        if (ActionOf(change) is { } action) Add(change, action);
        if (change is ArticleEvent { CallerAction: { } also }) Add(change, also);
        return Task.CompletedTask;
    }

    private static string? ActionOf(NewsroomEvent change) => change switch
    {
        ArticlePublished => AuditVerbs.Published,
        ArticleWithdrawn => AuditVerbs.Withdrawn,
        ArticleScheduled => AuditVerbs.Scheduled,
        ArticleCorrected => AuditVerbs.Corrected,
        ArticleCorrectionChanged { Removed: true } => AuditVerbs.CorrectionRemoved,
        ArticleCorrectionChanged => AuditVerbs.CorrectionEdited,
        ArticleTrashed => AuditVerbs.Trashed,
        ArticleRestored => AuditVerbs.Restored,
        KanalSaved { OldName: null } => AuditVerbs.KanalAdded,
        KanalSaved => AuditVerbs.KanalRenamed,
        PicksChanged => AuditVerbs.PicksChanged,
        SitePageSaved => AuditVerbs.SitePageSaved,
        FrontPageChanged front => front.Action,
        ReviewRequested => AuditVerbs.ReviewRequested,
        ReviewWithdrawn => AuditVerbs.ReviewWithdrawn,
        ReviewAssigned => AuditVerbs.ReviewAssigned,
        ReviewReturned => AuditVerbs.ReviewReturned,
        ArticleNoteChanged { Removed: true } => AuditVerbs.NoteRemoved,
        ArticleNoteChanged => AuditVerbs.NoteEdited,
        PhotoFramed => AuditVerbs.PhotoFramed,
        _ => null,
    };

    private void Add(NewsroomEvent change, string action) => db.AuditEntries.Add(new AuditEntry
    {
        AtUtc = change.AtUtc, UserName = change.UserName, Action = action,
        ArticleId = change is ArticleEvent { Article.Id: not 0 and var id } ? id : null,
        Subject = change switch
        {
            ArticleEvent article => article.Article.Title,
            KanalSaved { OldName: { } old } kanal => $"{old} → {kanal.Kanal.Name}",
            KanalSaved kanal => kanal.Kanal.Name,
            SitePageSaved page => page.Page.Title,
            PhotoFramed photo => photo.PhotoPath,
            // The log's subject column holds a title's length; four titles are cut short rather than refused.
            FrontPageChanged front => TextCut.ToLength(front.Subject, Article.TitleMaxLength),
            _ => "",
        },
    });
}
