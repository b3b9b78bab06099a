using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The review desk's steps, each committed through <see cref="NewsroomEvents"/> as its own event (the audit log and the
/// notifications are subscribers): a writer sends a draft ("Kirim ke redaksi") or takes it back, an editor takes it,
/// returns it with a note, or publishes it on the form (which ends the review: <see cref="ReviewEnds"/>); anyone on the
/// story writes notes. Callers check <see cref="StaffAccess"/> first.
/// CASE: two editors acting on the same waiting story at once: the steps that depend on who has it (assign, return) are
/// conditional updates, so exactly one wins and the other is told (false).
/// </summary>
public sealed class ReviewDesk(TempoDbContext db, TimeProvider clock, NewsroomEvents events, ILogger<ReviewDesk> log)
{
    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>Menunggu review; who had it before keeps it (the editor who returned it sees it again).</summary>
    public async Task SendAsync(Article article, string userName, CancellationToken ct = default)
    {
        var nowUtc = NowUtc;
        article.ReviewState = ReviewState.Waiting;
        article.ReviewSentAtUtc = nowUtc;
        await events.CommitAsync(new ReviewRequested(article, userName, nowUtc), ct: ct);
        log.LogInformation("Article {ArticleId} sent for review by {User}", article.Id, userName);
    }

    /// <summary>The writer takes it back; false when it is no longer waiting (an editor returned or published it).</summary>
    public async Task<bool> WithdrawAsync(Article article, string userName, CancellationToken ct = default)
    {
        await using var transaction = await LeaveWaitingAsync(article, ReviewState.None, ct);
        if (transaction is null) return false;
        await events.CommitAsync(new ReviewWithdrawn(article, userName, NowUtc), transaction, ct);
        return true;
    }

    /// <summary>
    /// <paramref name="assigneeId"/> takes the waiting story, when it is still held by <paramref name="expectedAssigneeId"/>
    /// (whom the desk showed the editor); false when someone was quicker, or it left the desk.
    /// </summary>
    public async Task<bool> AssignAsync(int articleId, string? expectedAssigneeId, string assigneeId, string userName, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Articles.Where(a => a.Id == articleId && a.ReviewState == ReviewState.Waiting && a.DeletedAtUtc == null && a.ReviewAssigneeId == expectedAssigneeId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ReviewAssigneeId, assigneeId), ct);
        if (changed == 0) return false;
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId, ct);
        await events.CommitAsync(new ReviewAssigned(article, assigneeId, userName, NowUtc), transaction, ct);
        log.LogInformation("Article {ArticleId} assigned for review to {Assignee} by {User}", articleId, assigneeId, userName);
        return true;
    }

    /// <summary>"Kembalikan ke penulis" with a required note; false when it is no longer waiting.</summary>
    public async Task<bool> ReturnAsync(Article article, string note, string userName, CancellationToken ct = default)
    {
        await using var transaction = await LeaveWaitingAsync(article, ReviewState.Returned, ct);
        if (transaction is null) return false;
        var written = await NoteAsync(article, note, userName, isReturn: true, ct);
        await events.CommitAsync(new ReviewReturned(article, written, userName, written.AtUtc), transaction, ct);
        log.LogInformation("Article {ArticleId} returned to its writer by {User}", article.Id, userName);
        return true;
    }

    public async Task<ArticleNote> AddNoteAsync(Article article, string text, string userName, CancellationToken ct = default)
    {
        var note = await NoteAsync(article, text, userName, isReturn: false, ct);
        await events.CommitAsync(new ArticleNoteAdded(article, note, userName, note.AtUtc), ct: ct);
        return note;
    }

    /// <summary>
    /// Rewords a note: the earlier wording is kept, taken down by the writer, and the new one takes its place (its time);
    /// or, with <paramref name="newText"/> null, takes the note down. Audited, like every step on the desk.
    /// </summary>
    public async Task<ArticleNote> ChangeNoteAsync(Article article, ArticleNote note, string? newText, string userName, CancellationToken ct = default)
    {
        var nowUtc = NowUtc;
        (note.RemovedAtUtc, note.RemovedBy) = (nowUtc, userName);
        var current = note;
        if (newText is not null)
        {
            current = new ArticleNote
            {
                ArticleId = article.Id, Text = newText.Trim(), AtUtc = note.AtUtc, AuthorUserName = note.AuthorUserName, IsReturn = note.IsReturn,
                RevisionNumber = note.RevisionNumber, ReplacesId = note.Id,
            };
            db.ArticleNotes.Add(current);
        }
        await events.CommitAsync(new ArticleNoteChanged(article, current, newText is null, userName, nowUtc), ct: ct);
        log.LogInformation("Note {NoteId} on article {ArticleId} {Change} by {User}", note.Id, article.Id, newText is null ? "removed" : "edited", userName);
        return current;
    }

    private async Task<ArticleNote> NoteAsync(Article article, string text, string userName, bool isReturn, CancellationToken ct)
    {
        var note = new ArticleNote
        {
            ArticleId = article.Id, Text = text.Trim(), AtUtc = NowUtc, AuthorUserName = userName, IsReturn = isReturn,
            RevisionNumber = await RevisionNumbers.LatestAsync(db, article.Id, ct) ?? 0,
        };
        db.ArticleNotes.Add(note);
        return note;
    }

    /// <summary>
    /// Moves the story off "waiting" only if it still is (a conditional update, so one of two editors wins), in a
    /// transaction the caller commits with its event; null, and nothing written, when it was not waiting any more.
    /// </summary>
    private async Task<IDbContextTransaction?> LeaveWaitingAsync(Article article, ReviewState to, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Articles
            .Where(a => a.Id == article.Id && a.ReviewState == ReviewState.Waiting && a.Status == ArticleStatus.Draft && a.DeletedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ReviewState, to), ct);
        if (changed == 0)
        {
            await transaction.DisposeAsync();
            return null;
        }
        // The tracked story says what the row now says, so the commit's save writes nothing more to it.
        db.Entry(article).Property(a => a.ReviewState).OriginalValue = article.ReviewState = to;
        return transaction;
    }
}
