using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data;

/// <summary>Find-or-create for the named things articles point at; looks at what is staged in this unit of work first.</summary>
public static class Lookups
{
    public static async Task<Kanal> KanalNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Kanals, Slugs.From(name), slug => new Kanal { Slug = slug, Name = name }, ct);

    public static async Task<Reporter> ReporterNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Reporters, Slugs.From(name), slug => new Reporter { Slug = slug, Name = name }, ct);

    public static async Task<Tag> TagNamedAsync(this TempoDbContext db, string name, CancellationToken ct = default) =>
        await FindOrAddAsync(db, db.Tags, Slugs.From(name), slug => new Tag { Slug = slug, Name = name }, ct);

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

    private static async Task<T> FindOrAddAsync<T>(TempoDbContext db, DbSet<T> set, string slug, Func<string, T> create, CancellationToken ct)
        where T : class, IHasSlug
    {
        var found = set.Local.FirstOrDefault(e => e.Slug == slug) ?? await set.FirstOrDefaultAsync(e => e.Slug == slug, ct);
        if (found is not null) return found;
        var created = create(slug);
        set.Add(created);
        return created;
    }
}
