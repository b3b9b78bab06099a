using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>What an operator asks of the database outside a request (`admin rebuild-search`, `admin check`); each engine's SQL here.</summary>
public static class DatabaseMaintenance
{
    /// <summary>
    /// Builds the search index again from the articles. SQLite: FTS5's own 'rebuild' of the external-content table
    /// (the triggers keep it in step, but a restored or hand-edited file may not be). PostgreSQL: the tsvector column
    /// is generated, so only its GIN index is rebuilt.
    /// </summary>
    public static async Task RebuildSearchIndexAsync(this TempoDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');", ct);
        else await db.Database.ExecuteSqlRawAsync("""REINDEX INDEX "IX_Articles_SearchVector";""", ct);
    }

    /// <summary>
    /// Problems the engine finds in its own data; empty when it finds none. SQLite: PRAGMA integrity_check. PostgreSQL
    /// (no page-level check without the amcheck extension): the server answers and the main tables can be read.
    /// </summary>
    public static async Task<IReadOnlyList<string>> IntegrityProblemsAsync(this TempoDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Articles.IgnoreQueryFilters().CountAsync(ct);
            await db.Users.CountAsync(ct);
            return [];
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var answers = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) answers.Add(reader.GetString(0));
            return answers is ["ok"] ? [] : answers;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// True when the database holds no article and no staff account, or not even their tables (a new database).
    /// The tables are looked up in the catalogue: asking EF's history table on a new PostgreSQL database logs an error.
    /// </summary>
    public static async Task<bool> IsEmptyAsync(this TempoDbContext db, CancellationToken ct = default)
    {
        var tables = db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name IN ('Articles', 'AspNetUsers')"
            : "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('Articles', 'AspNetUsers')";
        if (await db.Database.SqlQueryRaw<int>(tables).SingleAsync(ct) < 2) return true;
        return !(await db.Articles.IgnoreQueryFilters().AnyAsync(ct) || await db.Users.AnyAsync(ct));
    }
}
