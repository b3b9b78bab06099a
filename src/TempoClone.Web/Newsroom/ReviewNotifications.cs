using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The bell's notifications, written in the step's own transaction (a step never commits without them, nor they without
/// it): "dikirim" to every editor, "dikembalikan" to the writer, "diterbitkan"/"dijadwalkan" to the writer when someone
/// else published their story. Nobody is told of their own step.
/// </summary>
public sealed class ReviewNotifications(TempoDbContext db) : INewsroomSubscriber<ArticleEvent>
{
    public NewsroomStage Stage => NewsroomStage.InTransaction;

    // CASE: an import publishes many stories of one author in one scope; their account is looked up once.
    private readonly Dictionary<string, string?> _userNames = [];

    public async Task HandleAsync(ArticleEvent change, CancellationToken ct)
    {
        switch (change)
        {
            case ReviewRequested:
                foreach (var editor in await DeskEditors.ListAsync(db, ct))
                    if (editor.UserName != change.UserName) Add(change, editor.Id, NotificationKind.Sent);
                break;
            case ReviewReturned:
                await TellWriterAsync(change, NotificationKind.Returned, ct);
                break;
            case ArticlePublished:
                await TellWriterAsync(change, NotificationKind.Published, ct);
                break;
            case ArticleScheduled:
                await TellWriterAsync(change, NotificationKind.Scheduled, ct);
                break;
        }
    }

    private async Task TellWriterAsync(ArticleEvent change, NotificationKind kind, CancellationToken ct)
    {
        if (change.Article.AuthorId is not { } authorId) return;
        if (!_userNames.TryGetValue(authorId, out var authorName))
            _userNames[authorId] = authorName = await db.Users.Where(u => u.Id == authorId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        if (authorName is not null && authorName != change.UserName) Add(change, authorId, kind);
    }

    private void Add(ArticleEvent change, string recipientId, NotificationKind kind) => db.StaffNotifications.Add(new StaffNotification
    {
        RecipientId = recipientId, Kind = kind, ArticleId = change.Article.Id, ArticleTitle = change.Article.Title,
        ActorUserName = change.UserName, AtUtc = change.AtUtc,
    });
}
