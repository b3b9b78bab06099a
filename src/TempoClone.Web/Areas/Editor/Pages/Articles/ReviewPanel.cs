using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The review desk on a story (its form, its read-only page and its review page alike): where it stands on the desk, who
/// has it, the staff-only notes (with the revision each was written on), and the steps this person may take.
/// </summary>
public sealed class ReviewPanel(TempoDbContext db)
{
    /// <param name="Edited">Reworded since it was written (the earlier wording is in <see cref="View.Earlier"/>).</param>
    public sealed record Note(int Id, string Author, DateTime AtUtc, int Revision, string Text, bool IsReturn, bool Edited = false, bool MayEdit = false, bool MayRemove = false);

    /// <summary>A wording no longer in the conversation: taken down, or replaced by a rewording.</summary>
    public sealed record EarlierNote(string Author, DateTime AtUtc, string Text, string RemovedBy, DateTime RemovedAtUtc, bool Reworded);

    /// <param name="TypedNote">What was typed when a step was refused, shown again with <paramref name="Problem"/>.</param>
    public sealed record View(int ArticleId, ReviewState State, DateTime? SentAtUtc, string? Assignee, IReadOnlyList<Note> Notes,
        bool MayNote, bool MayReturn, bool MayWithdraw, string? TypedNote = null, string? Problem = null, string? ProblemField = null)
    {
        /// <summary>The notes' history: earlier wordings and notes taken down, kept for the desk's record.</summary>
        public IReadOnlyList<EarlierNote> Earlier { get; init; } = [];

        /// <summary>Open when the desk has something to say (waiting, returned) or there are notes.</summary>
        public bool Open => State != ReviewState.None || Notes.Count > 0;
    }

    public async Task<View> ReadAsync(ClaimsPrincipal user, Article article, CancellationToken ct = default)
    {
        var notes = await db.ArticleNotes.AsNoTracking().Where(n => n.ArticleId == article.Id).OrderBy(n => n.AtUtc).ThenBy(n => n.Id).ToListAsync(ct);
        var assignee = article.ReviewAssigneeId is { } id
            ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName == "" ? u.UserName : u.DisplayName).SingleOrDefaultAsync(ct)
            : null;
        var names = await db.DisplayNamesAsync(notes.Select(n => n.AuthorUserName).Concat(notes.Select(n => n.RemovedBy).OfType<string>()), ct);
        var reworded = notes.Select(n => n.ReplacesId).OfType<int>().ToHashSet();
        return new View(article.Id, article.ReviewState, article.ReviewSentAtUtc, assignee,
            notes.Where(n => n.RemovedAtUtc is null).Select(n => new Note(n.Id, names.NameOf(n.AuthorUserName), n.AtUtc, n.RevisionNumber, n.Text, n.IsReturn,
                Edited: n.ReplacesId is not null, MayEdit: user.MayEditNote(n), MayRemove: user.MayRemoveNote(n))).ToList(),
            MayNote: user.MayWriteNote(article),
            MayReturn: user.MayReview() && article is { ReviewState: ReviewState.Waiting, Status: ArticleStatus.Draft },
            MayWithdraw: user.MayWithdrawReview(article))
        {
            Earlier = notes.Where(n => n.RemovedAtUtc is not null).OrderByDescending(n => n.RemovedAtUtc)
                .Select(n => new EarlierNote(names.NameOf(n.AuthorUserName), n.AtUtc, n.Text, names.NameOf(n.RemovedBy!), n.RemovedAtUtc!.Value, reworded.Contains(n.Id))).ToList(),
        };
    }
}
