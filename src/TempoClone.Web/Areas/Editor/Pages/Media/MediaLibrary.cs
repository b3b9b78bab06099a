using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Media;

/// <summary>
/// Every stored photo a story uses — as its lead photo, in its text or gallery, or as its image for sharing — once per
/// file, with where it is used (newest first) and the caption, credit and alt text of its newest use as a lead photo
/// (a photo only ever placed in text has none: its caption lives in that text). Searchable by those texts and, for
/// every use, by the story's title; reusable as another article's lead photo without uploading it again. Only
/// photos of articles this staff member may see.
/// </summary>
public sealed class MediaLibrary(TempoDbContext db, DatabaseEngine engine, PhotoStore photos, TimeProvider clock)
{
    public const int PageSize = 48;

    /// <summary>How many recent uses of each kind are read to fill one page: enough that photos used by many stories still leave a full page.</summary>
    private const int UsesRead = 400;

    /// <summary>How a story uses a photo, as the library says it.</summary>
    public enum UseKind { Lead, InText, Social }

    public sealed record Use(int ArticleId, string ArticleTitle, UseKind Kind, DateTime UsedAtUtc)
    {
        public string Label => Kind switch
        {
            UseKind.Lead => "foto utama",
            UseKind.InText => "di dalam teks",
            _ => "foto saat dibagikan",
        };
    }

    public sealed record Photo(string Path, string Caption, string Credit, string AltText, int? Width, int? Height, IReadOnlyList<Use> Uses)
    {
        public int ArticleId => Uses[0].ArticleId;
        public string ArticleTitle => Uses[0].ArticleTitle;

        public LeadPhoto AsLeadPhoto() => new() { Caption = Caption, Credit = Credit, AltText = AltText, ImagePath = Path, Width = Width, Height = Height };
    }

    /// <summary>One use as read from the database; a lead use carries the photo's texts and size.</summary>
    private sealed record Row(string Path, UseKind Kind, int ArticleId, string Title, DateTime UsedAtUtc,
        string Caption = "", string Credit = "", string AltText = "", int? Width = null, int? Height = null);

    public async Task<IReadOnlyList<Photo>> SearchAsync(ClaimsPrincipal user, string? query, CancellationToken ct = default)
    {
        var typed = TextMatch.Query(query) is { Length: > 0 } words ? words : null;
        var visible = Visible(user);
        var leads = visible.Where(a => a.LeadPhoto != null && a.LeadPhoto.ImagePath != null);
        // CASE: the story's title through the search index (a LIKE would read every title of the archive); the lead
        // photo's own texts by LIKE, as before (only stories with a lead photo are read for them).
        var inTitle = typed is null ? null : TextMatch.TitleHasWords(db, engine, typed);
        if (typed is not null)
            leads = leads.Where(TextMatch.ContainsAny<Article>(engine, typed, a => a.LeadPhoto!.Caption, a => a.LeadPhoto!.Credit, a => a.LeadPhoto!.AltText).Or(inTitle!));
        var others = inTitle is null ? visible : visible.Where(inTitle);

        var rows = new List<Row>();
        rows.AddRange(await Recent(leads).Select(LeadRow).ToListAsync(ct));
        rows.AddRange(await Recent(others.Where(a => a.Sharing.SocialImagePath != "")).Select(SocialRow).ToListAsync(ct));
        // CASE: a photo in the text is read from the uses' side, newest stories first, never by scanning bodies.
        rows.AddRange(await InText(db.Set<ArticlePhotoUse>(), others).ToListAsync(ct));
        var found = rows.GroupBy(r => r.Path)
            .Select(uses => uses.ToList())
            .OrderByDescending(uses => uses.Max(u => u.UsedAtUtc))
            .Take(PageSize).ToList();
        // Each entry lists its uses in text even when the search matched it by its lead photo (by the uses' index on the photo).
        var paths = found.Select(uses => uses[0].Path).ToList();
        var inText = (await InText(db.Set<ArticlePhotoUse>().Where(u => paths.Contains(u.PhotoPath)), visible).ToListAsync(ct)).ToLookup(r => r.Path);
        return found.Select(uses => ToPhoto([.. uses.Concat(inText[uses[0].Path]).OrderByDescending(u => u.UsedAtUtc).ThenByDescending(u => u.ArticleId)]))
            .OfType<Photo>().ToList();
    }

    private static IQueryable<Row> InText(IQueryable<ArticlePhotoUse> uses, IQueryable<Article> articles) => uses.AsNoTracking()
        .Join(articles, u => u.ArticleId, a => a.Id, (u, a) => new { u.PhotoPath, a.Id, a.Title, a.UpdatedAtUtc })
        .OrderByDescending(x => x.UpdatedAtUtc).ThenByDescending(x => x.Id).Take(UsesRead)
        .Select(x => new Row(x.PhotoPath, UseKind.InText, x.Id, x.Title, x.UpdatedAtUtc, "", "", "", null, null));

    /// <summary>A stored photo by its path, with the texts of its newest lead use; null when this user may not see any article using it.</summary>
    public async Task<Photo?> FindAsync(ClaimsPrincipal user, string path, CancellationToken ct = default)
    {
        if (path.StartsWith(PhotoStore.PendingPrefix, StringComparison.Ordinal) || !photos.IsKnownPath(path)) return null;
        var visible = Visible(user);
        var rows = await visible.Where(a => a.LeadPhoto != null && a.LeadPhoto.ImagePath == path).OrderByDescending(a => a.UpdatedAtUtc).Take(1).Select(LeadRow).ToListAsync(ct);
        if (rows.Count == 0)
        {
            // CASE: no lead use. The social image and the uses in text are asked apart, each through its own index
            // (IX_Articles_SocialImagePath names its condition; the uses' index on the path): their OR read the archive.
            var social = await Newest(visible.Where(a => a.Sharing.SocialImagePath != "" && a.Sharing.SocialImagePath == path)).ToListAsync(ct);
            var inText = await Newest(visible.Where(a => a.PhotoUses.Any(u => u.PhotoPath == path))).ToListAsync(ct);
            rows = [.. social.Concat(inText).OrderByDescending(r => r.UsedAtUtc).ThenByDescending(r => r.ArticleId).Take(1)];
        }
        return rows.Count == 0 ? null : ToPhoto(rows);

        IQueryable<Row> Newest(IQueryable<Article> users) => users.OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id).Take(1)
            .Select(a => new Row(path, UseKind.InText, a.Id, a.Title, a.UpdatedAtUtc, "", "", "", null, null));
    }

    private IQueryable<Article> Visible(ClaimsPrincipal user) => db.Articles.AsNoTracking().VisibleTo(user, clock.GetUtcNow().UtcDateTime);

    private static IQueryable<Article> Recent(IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id).Take(UsesRead);

    private static readonly Expression<Func<Article, Row>> LeadRow = a => new Row(a.LeadPhoto!.ImagePath!, UseKind.Lead, a.Id, a.Title, a.UpdatedAtUtc,
        a.LeadPhoto.Caption, a.LeadPhoto.Credit, a.LeadPhoto.AltText, a.LeadPhoto.Width, a.LeadPhoto.Height);

    private static readonly Expression<Func<Article, Row>> SocialRow = a => new Row(a.Sharing.SocialImagePath, UseKind.Social, a.Id, a.Title, a.UpdatedAtUtc,
        "", "", "", null, null);

    /// <summary>One entry per file: the texts of its newest lead use, its size from that use or from the file itself; null when the file is gone.</summary>
    private Photo? ToPhoto(List<Row> uses)
    {
        var lead = uses.FirstOrDefault(u => u.Kind == UseKind.Lead);
        var (width, height) = lead?.Width is not null ? (lead.Width, lead.Height)
            : photos.FindStored(uses[0].Path) is { } stored ? (stored.Width, stored.Height) : ((int?)null, (int?)null);
        if (lead is null && width is null && !photos.IsKnownPath(uses[0].Path)) return null;
        return new Photo(uses[0].Path, lead?.Caption ?? "", lead?.Credit ?? "", lead?.AltText ?? "", width, height,
            uses.DistinctBy(u => (u.ArticleId, u.Kind)).Select(u => new Use(u.ArticleId, u.Title, u.Kind, u.UsedAtUtc)).ToList());
    }
}
