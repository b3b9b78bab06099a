using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Data;

/// <summary>What an operator asks of the database outside a request (`admin rebuild-search`, `admin check`, `admin restore`); the engine does the work.</summary>
public static class DatabaseMaintenance
{
    /// <summary>Builds the search index again from the articles.</summary>
    public static Task RebuildSearchIndexAsync(this TempoDbContext db, CancellationToken ct = default) =>
        db.GetEngine().RebuildSearchIndexAsync(db, ct);

    /// <summary>Problems the engine finds in its own data; empty when it finds none.</summary>
    public static Task<IReadOnlyList<string>> IntegrityProblemsAsync(this TempoDbContext db, CancellationToken ct = default) =>
        db.GetEngine().IntegrityProblemsAsync(db, ct);

    /// <summary>True when the database holds no article and no staff account, or not even their tables (a new database).</summary>
    public static async Task<bool> IsEmptyAsync(this TempoDbContext db, CancellationToken ct = default)
    {
        if (await db.GetEngine().ExistingTablesAsync(db, ["Articles", "AspNetUsers"], ct) < 2) return true;
        return !(await db.Articles.IgnoreQueryFilters().AnyAsync(ct) || await db.Users.AnyAsync(ct));
    }
}
