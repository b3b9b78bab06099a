using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// A change the public can see, made by <paramref name="UserName"/> at <paramref name="AtUtc"/> through the newsroom's
/// write path and raised by <see cref="NewsroomEvents"/>. Subscribe to a sealed type for one kind, to a base type for a family.
/// </summary>
public abstract record NewsroomEvent(string UserName, DateTime AtUtc);

/// <summary>A change to one article (saved, published, scheduled, withdrawn, corrected, trashed, restored).</summary>
public abstract record ArticleEvent(Article Article, string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc)
{
    /// <summary>Readers saw the article just before the change.</summary>
    public bool WasLive { get; init; }

    /// <summary>
    /// Where readers saw the article before the change, read before it was applied, so the cache can evict the pages that
    /// stop showing it. CASE: null when no reader page can have changed by it (a draft saved as a draft), and inside a
    /// caller's transaction (the bulk import), whose commit evicts every page itself.
    /// </summary>
    public ReaderFootprint? ShownBefore { get; init; }

    /// <summary>What the caller did besides the change itself ("mengimpor", "memulihkan revisi 3"), for the audit log.</summary>
    public string? CallerAction { get; init; }
}

/// <summary>Saved; whether readers see it did not change (a live story edited, a draft saved).</summary>
public sealed record ArticleSaved(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>Went live with this save.</summary>
public sealed record ArticlePublished(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>Scheduled for a time to come, or its time moved.</summary>
public sealed record ArticleScheduled(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>Taken off the site (unpublished, or back to draft).</summary>
public sealed record ArticleWithdrawn(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>A dated correction (Ralat) added to the article.</summary>
public sealed record ArticleCorrected(Article Article, Correction Correction, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>A Ralat reworded (<paramref name="Removed"/> false) or taken down: readers see the change on the article and on /ralat.</summary>
public sealed record ArticleCorrectionChanged(Article Article, Correction Correction, bool Removed, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

public sealed record ArticleTrashed(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

public sealed record ArticleRestored(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>"Kirim ke redaksi": the writer sent the draft to the desk (Menunggu review).</summary>
public sealed record ReviewRequested(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>The writer took the waiting draft back from the desk.</summary>
public sealed record ReviewWithdrawn(Article Article, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>An editor took the waiting story (or gave it to <paramref name="AssigneeId"/>).</summary>
public sealed record ReviewAssigned(Article Article, string AssigneeId, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>"Kembalikan ke penulis": sent back to the writer with <paramref name="Note"/>.</summary>
public sealed record ReviewReturned(Article Article, ArticleNote Note, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>A staff-only note written on the story.</summary>
public sealed record ArticleNoteAdded(Article Article, ArticleNote Note, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>A note reworded (<paramref name="Note"/> is the new wording) or taken down (<paramref name="Removed"/>); the earlier one is kept.</summary>
public sealed record ArticleNoteChanged(Article Article, ArticleNote Note, bool Removed, string UserName, DateTime AtUtc) : ArticleEvent(Article, UserName, AtUtc);

/// <summary>A kanal added (<paramref name="OldName"/> null) or renamed.</summary>
public sealed record KanalSaved(Kanal Kanal, string? OldName, string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc);

/// <summary>The home page's Pilihan Editor list changed (added, moved, removed).</summary>
public sealed record PicksChanged(string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc);

/// <summary>A standing page (Redaksi, Kontak, …) rewritten.</summary>
public sealed record SitePageSaved(SitePage Page, string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc);

/// <summary>
/// The home page's lead block or the breaking-news bar changed (Halaman depan): <paramref name="Action"/> and
/// <paramref name="Subject"/> as the audit log shows them; the bar is on every reader page, the slots only on the home.
/// </summary>
public sealed record FrontPageChanged(string Action, string Subject, bool OnEveryPage, string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc);

/// <summary>
/// A stored photo's focal point or crop changed (<see cref="PhotoFramer"/>): the pages of <paramref name="ArticleIds"/>,
/// the stories that show it, draw its new renditions.
/// </summary>
public sealed record PhotoFramed(string PhotoPath, IReadOnlyList<int> ArticleIds, string UserName, DateTime AtUtc) : NewsroomEvent(UserName, AtUtc);
