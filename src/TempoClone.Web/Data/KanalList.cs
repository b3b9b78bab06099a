using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>A kanal as menus, filters and pickers list it.</summary>
public sealed record KanalListItem(int Id, string Slug, string Name);

public static class KanalList
{
    /// <summary>
    /// The kanal someone who sees only <paramref name="visible"/> may know of: those with no story at all (made on the
    /// Kanal page) and those a story they see uses (<c>StaffAccess.KanalsVisibleTo</c>).
    /// </summary>
    public static IQueryable<Kanal> KanalsKnownTo(this TempoDbContext db, IQueryable<Article> visible) =>
        db.Kanals.Where(k => !db.Articles.Any(a => a.KanalId == k.Id) || visible.Any(a => a.KanalId == k.Id));

    /// <summary>
    /// The kanal a live story uses, in the newsroom's order (the editors' "Urutan", ties by name): the masthead, the
    /// kanal strip, the footer, the 404 page and the indeks and search filters (docs/security.md, rule 7).
    /// </summary>
    public static async Task<IReadOnlyList<KanalListItem>> LiveKanalListAsync(this TempoDbContext db, DateTime nowUtc, CancellationToken ct = default) =>
        await db.Kanals.InUse(db.Articles, nowUtc).AsNoTracking().InNewsroomOrder().Select(k => new KanalListItem(k.Id, k.Slug, k.Name)).ToListAsync(ct);

    /// <summary>The editors' order ("Urutan" on the Kanal page), then by name.</summary>
    public static IOrderedQueryable<Kanal> InNewsroomOrder(this IQueryable<Kanal> kanals) => kanals.OrderBy(k => k.Position).ThenBy(k => k.Name);

    /// <summary>These kanal by name, as the editors' pickers show them (found by name, not by the readers' order).</summary>
    public static async Task<IReadOnlyList<KanalListItem>> ByNameAsync(this IQueryable<Kanal> kanals, CancellationToken ct = default) =>
        await kanals.AsNoTracking().OrderBy(k => k.Name).Select(k => new KanalListItem(k.Id, k.Slug, k.Name)).ToListAsync(ct);
}
