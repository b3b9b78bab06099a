using System.Linq.Expressions;
using System.Security.Claims;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The newsroom's access policy: the one place that says who may see, write, publish and manage what.
/// Handlers call it whatever the UI shows; the editor area's page conventions (Areas/Editor/EditorArea.cs) only add a first gate.
/// </summary>
public static class StaffAccess
{
    /// <summary>Publishers may publish, schedule, unpublish, delete, restore, arrange picks and manage kanal (the Publisher policy too).</summary>
    public static readonly string[] PublisherRoles = [StaffRoles.Editor, StaffRoles.Admin];

    public static bool IsPublisher(this ClaimsPrincipal user) => PublisherRoles.Any(user.IsInRole);

    public static string? StaffId(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    public static bool MayPublish(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayPick(this ClaimsPrincipal user) => user.IsPublisher();

    /// <summary>The home page's headline, its slots and the breaking-news bar (Halaman depan).</summary>
    public static bool MayArrangeFrontPage(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayManageKanal(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayEditReporters(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayUseTrash(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayReadAudit(this ClaimsPrincipal user) => user.IsPublisher();

    public static bool MayAddCorrection(this ClaimsPrincipal user) => user.IsPublisher();

    /// <summary>Standing pages (Redaksi, Pedoman Media Siber, …) speak for the whole site: admins only.</summary>
    public static bool MayEditSitePages(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    public static bool MayManageStaff(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin);

    /// <summary>An import may publish, create kanal and pick for the home page only when its user may do so by hand.</summary>
    public static ImportRights ImportRights(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.StaffId(), user.IsPublisher());

    // CASE: a Kontributor edits only their own drafts, and not while the desk has it (Menunggu review).
    public static bool MayEdit(this ClaimsPrincipal user, Article article) =>
        user.IsPublisher() || (user.IsAuthorOf(article) && article.Status == ArticleStatus.Draft && article.ReviewState != ReviewState.Waiting);

    public static bool IsAuthorOf(this ClaimsPrincipal user, Article article) => article.AuthorId is not null && article.AuthorId == user.StaffId();

    /// <summary>Read-only: the writer opens their own story when they may not change it (on the desk, or live), text and notes.</summary>
    public static bool MayRead(this ClaimsPrincipal user, Article article) => user.MayEdit(article) || user.IsAuthorOf(article);

    /// <summary>"Kirim ke redaksi": a writer who cannot publish sends their own draft to the editors (again after it came back).</summary>
    public static bool MaySendForReview(this ClaimsPrincipal user, Article article) =>
        !user.IsPublisher() && user.IsAuthorOf(article) && article.Status == ArticleStatus.Draft && article.ReviewState != ReviewState.Waiting;

    /// <summary>The writer takes a waiting story back from the desk, to change it before an editor starts.</summary>
    public static bool MayWithdrawReview(this ClaimsPrincipal user, Article article) =>
        user.IsAuthorOf(article) && article.ReviewState == ReviewState.Waiting;

    /// <summary>The desk: the queue, assigning, and "Kembalikan ke penulis".</summary>
    public static bool MayReview(this ClaimsPrincipal user) => user.IsPublisher();

    /// <summary>Staff-only notes: the editors and the story's writer.</summary>
    public static bool MayWriteNote(this ClaimsPrincipal user, Article article) => user.IsPublisher() || user.IsAuthorOf(article);

    /// <summary>A note is reworded only by whoever wrote it, while it stands.</summary>
    public static bool MayEditNote(this ClaimsPrincipal user, ArticleNote note) => note.RemovedAtUtc is null && note.AuthorUserName == user.Identity?.Name;

    /// <summary>A note is taken down by whoever wrote it, or by an editor (any note).</summary>
    public static bool MayRemoveNote(this ClaimsPrincipal user, ArticleNote note) => note.RemovedAtUtc is null && (user.IsPublisher() || user.MayEditNote(note));

    /// <summary>
    /// The articles this staff member may see, so "may see article X" is <c>VisibleTo(user, now).Any(a => a.Id == x)</c>:
    /// a Kontributor sees their own articles and what readers can see, never another's draft or an embargoed story.
    /// Every list, search and lookup in the newsroom starts here.
    /// </summary>
    public static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, ClaimsPrincipal user, DateTime nowUtc) =>
        articles.VisibleTo(user.IsPublisher(), user.StaffId(), nowUtc);

    /// <summary>
    /// The kanal this staff member may know of: every one for a publisher; for a Kontributor, those with no story and
    /// those a story they see uses, so a kanal made for an editor's draft says nothing to them (lists, form, saves).
    /// </summary>
    public static IQueryable<Kanal> KanalsVisibleTo(this TempoDbContext db, ClaimsPrincipal user, DateTime nowUtc) =>
        user.IsPublisher() ? db.Kanals : db.KanalsKnownTo(db.Articles.VisibleTo(user, nowUtc));

    /// <summary>The same rule for an import, which links only stories its user could pick by hand.</summary>
    public static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, ImportRights rights, DateTime nowUtc) =>
        articles.VisibleTo(rights.IsPublisher, rights.OwnerId, nowUtc);

    private static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, bool isPublisher, string? staffId, DateTime nowUtc)
    {
        var notDeleted = articles.NotDeleted();
        if (isPublisher) return notDeleted;
        Expression<Func<Article, bool>> mine = a => a.AuthorId == staffId;
        return notDeleted.Where(mine.Or(ArticleRules.Live.At(nowUtc)));
    }
}
