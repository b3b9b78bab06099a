using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>
/// How many times a story's standing changed (published, scheduled, withdrawn, trashed, restored, corrected, imported
/// over): every such change is on the audit log (<c>ArticleWriter</c>). A preview link carries the number it was made
/// with (<see cref="Rendering.PreviewLinks"/>), so any of those changes revokes the links taken before it, while
/// ordinary saves of a draft (not audited) keep them working.
/// </summary>
public static class PreviewStamps
{
    public static Task<int> PreviewStampAsync(this TempoDbContext db, int articleId, CancellationToken ct = default) =>
        db.AuditEntries.CountAsync(e => e.ArticleId == articleId, ct);
}
