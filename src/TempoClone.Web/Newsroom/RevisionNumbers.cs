using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Newsroom;

/// <summary>An article's revisions are numbered 1, 2, 3 … in the order they were saved.</summary>
public static class RevisionNumbers
{
    /// <summary>The article's newest revision number; null before its first save.</summary>
    public static Task<int?> LatestAsync(TempoDbContext db, int articleId, CancellationToken ct = default) =>
        db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, ct);
}
