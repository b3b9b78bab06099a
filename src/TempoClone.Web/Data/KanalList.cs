using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>A kanal as menus, filters and pickers list it.</summary>
public sealed record KanalListItem(int Id, string Slug, string Name);

public static class KanalList
{
    /// <summary>Every kanal by name, drafts' new ones included: the editor's list filter and pickers.</summary>
    public static Task<IReadOnlyList<KanalListItem>> KanalListAsync(this TempoDbContext db, CancellationToken ct = default) =>
        ByNameAsync(db.Kanals, ct);

    /// <summary>The kanal a live story uses, by name: the masthead, the footer, the 404 page and the indeks and search filters (docs/security.md, rule 7).</summary>
    public static Task<IReadOnlyList<KanalListItem>> LiveKanalListAsync(this TempoDbContext db, DateTime nowUtc, CancellationToken ct = default) =>
        ByNameAsync(db.Kanals.InUse(db.Articles, nowUtc), ct);

    private static async Task<IReadOnlyList<KanalListItem>> ByNameAsync(IQueryable<Kanal> kanals, CancellationToken ct) =>
        await kanals.AsNoTracking().OrderBy(k => k.Name).Select(k => new KanalListItem(k.Id, k.Slug, k.Name)).ToListAsync(ct);
}
