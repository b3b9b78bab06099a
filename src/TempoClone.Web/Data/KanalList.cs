using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>A kanal as menus, filters and pickers list it.</summary>
public sealed record KanalListItem(int Id, string Slug, string Name);

public static class KanalList
{
    /// <summary>Every kanal by name: the one list behind the masthead, the indeks and search filters and the editor's pickers.</summary>
    public static async Task<IReadOnlyList<KanalListItem>> KanalListAsync(this TempoDbContext db, CancellationToken ct = default) =>
        await db.Kanals.AsNoTracking().OrderBy(k => k.Name).Select(k => new KanalListItem(k.Id, k.Slug, k.Name)).ToListAsync(ct);
}
