using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data;

/// <summary>
/// Find-or-create for the named things articles point at; looks at what is staged in this unit of work first.
/// A new name is written at once with an upsert, so saves naming the same new name at the same moment all get the one row.
/// </summary>
public static class Lookups
{
    public static async Task<Kanal> KanalNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Kanals, Slugs.From(name), name, ct);

    public static async Task<Reporter> ReporterNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Reporters, Slugs.From(name), name, ct);

    public static async Task<Tag> TagNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Tags, Slugs.From(name), name, ct);

    /// <summary>The slug itself when free, else slug-2, slug-3, …; an article keeps its own slug.</summary>
    public static async Task<string> FreeSlugAsync(this TempoDbContext db, string slug, int exceptArticleId, CancellationToken ct = default)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? slug : $"{slug}-{n}";
            var taken = db.Articles.Local.Any(a => a.Slug == candidate && a.Id != exceptArticleId)
                || await db.Articles.AnyAsync(a => a.Slug == candidate && a.Id != exceptArticleId, ct);
            if (!taken) return candidate;
        }
    }

    /// <summary>The save broke a unique index: another save took the same slug (or name) a moment before this one.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception is { Entries: [var entry, ..], InnerException: { } inner } && entry.Context.GetEngine().IsUniqueViolation(inner);

    private static async Task<T> FindOrAddAsync<T>(TempoDbContext db, DbSet<T> set, string slug, string name, CancellationToken ct)
        where T : class, IHasSlug
    {
        var found = set.Local.FirstOrDefault(e => e.Slug == slug) ?? await set.FirstOrDefaultAsync(e => e.Slug == slug, ct);
        if (found is not null) return found;

        // CASE: another save may add the same name between our look and our insert: the engine's upsert keeps its row.
        await db.GetEngine().InsertNamedIfMissingAsync<T>(db, slug, name, ct);
        return await set.SingleAsync(e => e.Slug == slug, ct);
    }
}
