using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// What an editor needs when their save lost the race: the newer version (who saved it, when, its text) and a word
/// diff of it against what they typed. The form then carries the newer version's number, so after merging in the
/// form the next Simpan saves over it on purpose.
/// </summary>
public sealed record EditConflict(int NewerVersion, string SavedBy, DateTime SavedAtUtc, ArticleSnapshot Newer, IReadOnlyList<RevisionComparison.Field> Differences)
{
    public sealed class Reader(TempoDbContext db, RevisionComparison comparison)
    {
        public async Task<EditConflict?> ReadAsync(int articleId, ArticleSnapshot mine, CancellationToken ct = default)
        {
            var version = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Version).SingleAsync(ct);
            var latest = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number)
                .Select(r => new { r.SavedBy, r.SavedAtUtc, r.SnapshotJson }).FirstOrDefaultAsync(ct);
            if (latest is null) return null;
            var newer = ArticleSnapshot.FromJson(latest.SnapshotJson);
            var names = await db.DisplayNamesAsync([latest.SavedBy], ct);
            return new EditConflict(version, names.NameOf(latest.SavedBy), latest.SavedAtUtc, newer, await comparison.CompareAsync(newer, mine, ct));
        }
    }
}
