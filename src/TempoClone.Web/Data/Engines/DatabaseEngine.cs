using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// Everything that differs between the database engines, in one room: how the context is configured, start-up checks
/// and steps, case-insensitive contains, full-text hits and excerpts, upserts, which errors are unique violations or
/// transient, planner statistics, maintenance and backup. One instance, chosen at start-up from Database:Provider
/// (<see cref="DatabaseSetup.AddTempoDatabase"/>); the rest of the site asks it and names no engine. Raw SQL, engine
/// exception types and engine-only query functions live here only (ArchitectureTests holds that).
/// What both engines read alike (quoted names, INSERT … ON CONFLICT) is written once in this base class; a third engine
/// is one more subclass (and its migrations).
/// </summary>
public abstract class DatabaseEngine
{
    /// <summary>The engine's name as Database:Provider gives it, for messages and the admin command line.</summary>
    public abstract string Name { get; }

    /// <summary>The name of the database copy inside a site archive (`admin backup`).</summary>
    public abstract string BackupEntry { get; }

    /// <summary>The connection string as the site uses it (a SQLite file resolved against the app root).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Points EF at this engine.</summary>
    public abstract void Configure(DbContextOptionsBuilder options);

    /// <summary>Contexts of the type whose migrations are this engine's, reused from request to request.</summary>
    public abstract IDbContextFactory<TempoDbContext> ContextPool(DbContextOptions<TempoDbContext> options);

    /// <summary>
    /// A pool of <typeparamref name="TContext"/> on the site's options. A pooled context is reset when returned (change
    /// tracker, connection, its settings), so it carries nothing from one request to the next; what the site adds to
    /// every context (interceptors, the engine's setup) lives in the shared options, not in the context.
    /// </summary>
    protected static IDbContextFactory<TempoDbContext> Pool<TContext>(DbContextOptions<TempoDbContext> options) where TContext : TempoDbContext =>
        new PooledContexts<TContext>(new(new DbContextOptions<TContext>(options.Extensions.ToDictionary(e => e.GetType()))));

    private sealed class PooledContexts<TContext>(PooledDbContextFactory<TContext> pool) : IDbContextFactory<TempoDbContext> where TContext : TempoDbContext
    {
        public TempoDbContext CreateDbContext() => pool.CreateDbContext();
    }

    /// <summary>The database can be reached and written (made when missing, if the engine can), or a <see cref="Hosting.StartupProblem"/>.</summary>
    public abstract Task CheckAsync();

    /// <summary>Applies what migrations are pending, with the engine's steps before and after.</summary>
    public virtual async Task MigrateAsync(TempoDbContext db)
    {
        if ((await db.Database.GetPendingMigrationsAsync()).Any()) await db.Database.MigrateAsync();
    }

    // ---- Queries ----

    /// <summary>
    /// The one case-insensitive "contains" for text typed by staff: the field holds the text (taken literally, LIKE
    /// wildcards escaped) whatever the case. Used through <see cref="TextMatch.WhereContains"/>.
    /// </summary>
    /// <returns>The test on (field, pattern), and the pattern for the text.</returns>
    public abstract (Expression<Func<string, string, bool>> Test, string Pattern) ContainsIgnoringCase(string text);

    /// <summary>The text between % signs, its own wildcards escaped with <see cref="LikeEscape"/>.</summary>
    protected static string LikeContains(string text) =>
        "%" + text.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_") + "%";

    protected const string LikeEscape = "\\";

    /// <summary>The best matches of a full-text query (<see cref="FullTextQuery"/>); see its remarks for the rules.</summary>
    public abstract IQueryable<FullTextHit> SearchHits(TempoDbContext db, FullTextQuery query);

    /// <summary>
    /// The ids of the newest <see cref="FullTextQuery.MaxRanked"/> articles of any status (draft, scheduled, live or
    /// trashed) that hold every word as typed (a prefix where the word says so; no roots, no ranking) in
    /// <paramref name="fields"/>: the newsroom's searches, composed with their own filters and order. Bounded like the
    /// reader's search (issue 20): "jakarta" is in 40 % of two million stories, and every one of them read was the cost.
    /// <see cref="FullTextQuery.MaxCandidates"/> is not read.
    /// </summary>
    public abstract IQueryable<int> NewestMatches(TempoDbContext db, FullTextQuery query, FullTextFields fields);

    /// <summary>Marked excerpts (<see cref="FullTextQuery.MarkOpen"/>, <see cref="FullTextQuery.MarkClose"/>) of these articles, from the body or else the summary.</summary>
    public abstract Task<Dictionary<int, string>> SearchExcerptsAsync(TempoDbContext db, FullTextQuery query, IReadOnlyList<int> ids);

    /// <summary>True when an article or a site page has no stored HTML yet (one plain statement: this runs on every start).</summary>
    public async Task<bool> AnyBodyWithoutHtmlAsync(TempoDbContext db) => await db.Database.SqlQueryRaw<bool>("""
        SELECT EXISTS (SELECT 1 FROM "Articles" WHERE "BodyHtml" IS NULL) OR EXISTS (SELECT 1 FROM "SitePages" WHERE "BodyHtml" IS NULL) AS "Value"
        """).SingleAsync();

    // ---- Writes ----

    /// <summary>Adds views to an article's hour; counts for an article deleted meanwhile are dropped.</summary>
    public virtual Task AddViewsAsync(TempoDbContext db, int articleId, DateTime hourUtc, int views, CancellationToken ct = default) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ArticleViewCounts" ("ArticleId", "HourUtc", "Views")
            SELECT {articleId}, {hourUtc}, {views} WHERE EXISTS (SELECT 1 FROM "Articles" WHERE "Id" = {articleId})
            ON CONFLICT ("ArticleId", "HourUtc") DO UPDATE SET "Views" = "ArticleViewCounts"."Views" + excluded."Views"
            """, ct);

    /// <summary>
    /// Inserts a named row (kanal, reporter, tag) unless its slug exists: another save may add the same name between a
    /// look and an insert (on PostgreSQL even inside a transaction), and ON CONFLICT DO NOTHING keeps its row instead of failing.
    /// </summary>
    public virtual Task InsertNamedIfMissingAsync<T>(TempoDbContext db, string slug, string name, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var sql = $"INSERT INTO \"{entity.GetTableName()}\" (\"{Column("Slug")}\", \"{Column("Name")}\") " +
            $"VALUES ({{0}}, {{1}}) ON CONFLICT (\"{Column("Slug")}\") DO NOTHING";
        return db.Database.ExecuteSqlRawAsync(sql, [slug, name], ct);
    }

    /// <summary>Makes the open transaction the only one holding <paramref name="key"/> until it ends (<see cref="ExclusiveTransactions"/>).</summary>
    public abstract Task LockForTransactionAsync(DatabaseFacade database, long key, CancellationToken ct = default);

    // ---- Errors ----

    /// <summary>The save broke a unique index: another save took the same slug (or name) a moment before this one.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>The engine failed in a way worth trying again later (busy, locked, connection lost), not a bug.</summary>
    public abstract bool IsTransient(Exception exception);

    // ---- Maintenance ----

    /// <summary>Refreshes the query planner's statistics, where the engine needs it done by the site.</summary>
    public virtual Task AnalyzeAsync(TempoDbContext db) => Task.CompletedTask;

    /// <summary>Builds the search index again from the articles (`admin rebuild-search`).</summary>
    public abstract Task RebuildSearchIndexAsync(TempoDbContext db, CancellationToken ct = default);

    /// <summary>Problems the engine finds in its own data (`admin check`); empty when it finds none.</summary>
    public abstract Task<IReadOnlyList<string>> IntegrityProblemsAsync(TempoDbContext db, CancellationToken ct = default);

    /// <summary>How many of these tables exist (looked up in the catalogue: asking a missing table may log an error).</summary>
    public abstract Task<int> ExistingTablesAsync(TempoDbContext db, IReadOnlyList<string> tables, CancellationToken ct = default);

    /// <summary>A consistent copy of the live database into a new file, safe while the site runs (`admin backup`, Operations/SiteArchive).</summary>
    public async Task BackupAsync(string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target)) throw new IOException($"{target} exists already; choose a new file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await CopyIntoAsync(target);
    }

    /// <summary>Writes the copy of <see cref="BackupAsync"/> into a file that does not exist yet.</summary>
    protected abstract Task CopyIntoAsync(string target);

    /// <summary>Replaces the database's content with a copy written by <see cref="BackupAsync"/>.</summary>
    public abstract Task RestoreAsync(string copyPath);
}
