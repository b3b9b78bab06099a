using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Media;

/// <summary>
/// Every stored photo with its caption, credit and alt text, as the articles that used it keep them (the newest use
/// wins), searchable by those texts and reusable as another article's lead photo without uploading it again. Only
/// photos of articles this staff member may see.
/// </summary>
public sealed class MediaLibrary(TempoDbContext db, DatabaseEngine engine, PhotoStore photos, TimeProvider clock)
{
    public const int PageSize = 48;

    /// <summary>How many recent uses are read to fill one page: enough that photos used by many stories still leave a full page.</summary>
    private const int UsesRead = 400;

    public sealed record Photo(string Path, string Caption, string Credit, string AltText, int? Width, int? Height, int ArticleId, string ArticleTitle, DateTime UsedAtUtc)
    {
        public LeadPhoto AsLeadPhoto() => new() { Caption = Caption, Credit = Credit, AltText = AltText, ImagePath = Path, Width = Width, Height = Height };
    }

    public async Task<IReadOnlyList<Photo>> SearchAsync(ClaimsPrincipal user, string? query, CancellationToken ct = default)
    {
        var uses = Uses(user);
        if (TextMatch.Query(query) is { Length: > 0 } typed)
            uses = uses.WhereContains(engine, typed, a => a.LeadPhoto!.Caption, a => a.LeadPhoto!.Credit, a => a.LeadPhoto!.AltText);
        var found = await Project(uses.OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id).Take(UsesRead)).ToListAsync(ct);
        return found.DistinctBy(p => p.Path).Take(PageSize).ToList();
    }

    /// <summary>A stored photo by its path, with the texts of its newest use; null when this user may not see any article using it.</summary>
    public async Task<Photo?> FindAsync(ClaimsPrincipal user, string path, CancellationToken ct = default)
    {
        if (path.StartsWith(PhotoStore.PendingPrefix, StringComparison.Ordinal) || !photos.IsKnownPath(path)) return null;
        return await Project(Uses(user).Where(a => a.LeadPhoto!.ImagePath == path).OrderByDescending(a => a.UpdatedAtUtc)).FirstOrDefaultAsync(ct);
    }

    private IQueryable<Article> Uses(ClaimsPrincipal user) =>
        db.Articles.AsNoTracking().VisibleTo(user, clock.GetUtcNow().UtcDateTime).Where(a => a.LeadPhoto != null && a.LeadPhoto.ImagePath != null);

    private static IQueryable<Photo> Project(IQueryable<Article> articles) =>
        articles.Select(a => new Photo(a.LeadPhoto!.ImagePath!, a.LeadPhoto.Caption, a.LeadPhoto.Credit, a.LeadPhoto.AltText, a.LeadPhoto.Width, a.LeadPhoto.Height,
            a.Id, a.Title, a.UpdatedAtUtc));
}
