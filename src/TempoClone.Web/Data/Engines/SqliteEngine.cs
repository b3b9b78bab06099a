using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// SQLite, the default: one file on one machine. WAL, foreign keys and a busy wait; the FTS5 table ArticleSearch
/// (unicode61, remove_diacritics 2, prefix indexes, kept by triggers) ranked by bm25; ANALYZE at start; VACUUM INTO
/// and the online backup API for backups.
/// </summary>
/// <param name="fileAsConfigured">The database file as the configuration names it, for messages.</param>
public sealed class SqliteEngine(string connectionString, string fileAsConfigured) : DatabaseEngine
{
    public const string DefaultConnectionString = "Data Source=data/tempo.db";

    private static readonly DatabaseTimer Timer = new("sqlite");

    /// <summary>Rows ANALYZE samples per index: a few milliseconds on any archive size.</summary>
    private const int RowsSampled = 1000;

    public override string Name => "Sqlite";

    public override string BackupEntry => "database.sqlite";

    public override string ConnectionString => connectionString;

    /// <summary>The connection string as configured, its relative file placed under the app root (data/ there is git-ignored) and its folder created.</summary>
    public static SqliteEngine Configured(string? configured, string appRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? DefaultConnectionString);
        var file = builder.DataSource;
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = AppFolders.Resolve(appRoot, builder.DataSource);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // CheckAsync, the first start-up step, says what to fix when the file cannot be opened.
            }
        }
        // synchronous=FULL is this SQLite build's default (tested); foreign keys and a busy wait are set here, once,
        // instead of PRAGMAs on every connection open: Microsoft.Data.Sqlite retries a busy database until the timeout.
        builder.ForeignKeys = true;
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return new SqliteEngine(builder.ToString(), file);
    }

    public override void Configure(DbContextOptionsBuilder options) =>
        options.AddInterceptors(Timer).UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    public override IDbContextFactory<TempoDbContext> ContextPool(DbContextOptions<TempoDbContext> options) => Pool<TempoDbContext>(options);

    /// <summary>
    /// Opens the database and tries a write (rolled back) before EF touches it, so a path that cannot be created,
    /// read or written, or a file that is not a SQLite database, stops start-up with what to fix.
    /// </summary>
    public override async Task CheckAsync()
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var probe = connection.CreateCommand();
            probe.CommandText = "PRAGMA schema_version; BEGIN IMMEDIATE; CREATE TABLE \"__WriteProbe\" (x); ROLLBACK;";
            await probe.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupProblem($"The database \"{fileAsConfigured}\" cannot be opened and written ({ex.Message}); " +
                "set ConnectionStrings__Default to a SQLite file in a folder this user may write.");
        }
    }

    public override async Task MigrateAsync(TempoDbContext db)
    {
        await base.MigrateAsync(db);
        // WAL lets readers go on while an editor saves; the setting is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    // LIKE ignores case on SQLite for ASCII letters only; both sides lower-cased, as on every engine before this room.
    public override (Expression<Func<string, string, bool>> Test, string Pattern) ContainsIgnoringCase(string text) =>
        ((field, pattern) => EF.Functions.Like(field.ToLower(), pattern, LikeEscape), LikeContains(text.ToLowerInvariant()));

    public override IQueryable<FullTextHit> SearchHits(TempoDbContext db, FullTextQuery query)
    {
        var match = MatchWithRoots(query);
        var exact = Match(query);
        var titleMatch = InTitle(exact);
        var textMatch = InText(exact);
        // CASE: the two flags are the sets of title and exact matches within the same window of newest matches, read once
        // each. Looked up per candidate ("MATCH … AND rowid = best.Id") FTS5 merged a prefix word's whole doclist for
        // every one of the 300 candidates, twice: "jakarta" (40 % of two million stories) took over 90 s (issue 20).
        return db.Database.SqlQuery<FullTextHit>($"""
            SELECT best.Id, best.Rank,
                best.Id IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {titleMatch} AND rowid >= (SELECT coalesce(min(rowid), 0)
                    FROM (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {query.MaxRanked}))) AS TitleMatch,
                best.Id IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {textMatch} AND rowid >= (SELECT coalesce(min(rowid), 0)
                    FROM (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {query.MaxRanked}))) AS ExactMatch
            FROM (SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0, 0.5) AS Rank FROM ArticleSearch
                  WHERE ArticleSearch MATCH {match} AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM ArticleSearch
                      WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {query.MaxRanked}))
                  ORDER BY Rank LIMIT {query.MaxCandidates}) AS best
            """);
    }

    public override IQueryable<int> NewestMatches(TempoDbContext db, FullTextQuery query, FullTextFields fields)
    {
        var match = fields == FullTextFields.Title ? InTitle(Match(query)) : InText(Match(query));
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {query.MaxRanked}");
    }

    public override async Task<Dictionary<int, string>> SearchExcerptsAsync(TempoDbContext db, FullTextQuery query, IReadOnlyList<int> ids)
    {
        var match = MatchWithRoots(query);
        if (ids.Count == 0) return [];
        var idsJson = System.Text.Json.JsonSerializer.Serialize(ids);
        // CASE: the ids bound a rowid range FTS5 reads once, and "+rowid IN" only filters it: as "rowid IN" alone FTS5
        // looked each id up, merging a prefix word's whole doclist per id (9 s for 20 excerpts of "jakarta"* at two
        // million stories, against 0.7 s by the range).
        return await db.Database.SqlQuery<FullTextExcerpt>($"""
            SELECT rowid AS Id, snippet(ArticleSearch, 2, char(2), char(3), '…', 18) AS BodySnippet,
                snippet(ArticleSearch, 1, char(2), char(3), '…', 18) AS DeckSnippet
            FROM ArticleSearch WHERE ArticleSearch MATCH {match} AND rowid BETWEEN {ids.Min()} AND {ids.Max()}
                AND +rowid IN (SELECT value FROM json_each({idsJson}))
            """).ToDictionaryAsync(e => e.Id, e => e.Snippet);
    }

    /// <summary>The words as typed, each quoted (so no input is an FTS5 operator) and prefix-matched where asked: "banjir"* "di".</summary>
    public static string Match(FullTextQuery query) => string.Join(' ', query.Words.Select(Quoted));

    /// <summary>The same words, all required in the title: the stories readers most likely mean.</summary>
    public static string InTitle(string match) => $"Title : ({match})";

    /// <summary>The same words, all required in the text itself (not only through a word root): ranked before root matches.</summary>
    public static string InText(string match) => $"{{Title Deck Body}} : ({match})";

    /// <summary>
    /// Each word, or one of its roots, required: "desak" → "desak"*, found in the text or among the roots of another
    /// word ("mendesak"); "kesepakatan" → ("kesepakatan"* OR "sepakat" OR …). Roots are letters only, so quoting keeps them safe.
    /// </summary>
    public static string MatchWithRoots(FullTextQuery query) =>
        // CASE: FTS5 allows the implicit AND of a space only between phrases, so a bracketed group needs an explicit one.
        string.Join(" AND ", query.Words.Select(w => w.Roots.Count > 0
            ? $"({Quoted(w)} OR {string.Join(" OR ", w.Roots.Select(r => $"\"{r}\""))})"
            : Quoted(w)));

    private static string Quoted(FullTextWord word) => word.Prefix ? $"\"{word.Text}\"*" : $"\"{word.Text}\"";

    public override Task LockForTransactionAsync(DatabaseFacade database, long key, CancellationToken ct = default) =>
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE, which takes the database's write lock at once (the busy
        // timeout queues the next one): the transaction is already the only writer.
        Task.CompletedTask;

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }; // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY

    public override bool IsTransient(Exception exception) => exception is SqliteException;

    /// <summary>
    /// SQLite's query planner without statistics takes "Status = 1" for a selective filter and walks the whole
    /// (Status, PublishedAtUtc) index to find one article by id, a pick or a related story (measured: 16–24 ms a query on
    /// 10,000 articles, against well under 1 ms with statistics); sampling keeps ANALYZE a few milliseconds.
    /// The statistics are kept in the file: PRAGMA optimize (0x10000: every table) analyzes only tables never analyzed
    /// or whose size changed a lot since, so a start does not replace good statistics with a sample's. A sampled
    /// ANALYZE on every start did: on two million stories it took the whole table for about 1,000 rows per kanal and
    /// per status (issue 20). CASE: a sample cannot count past itself, so where a key repeats more often than the sample
    /// holds (status, kanal, language) it records RowsSampled + 1 rows per key; then "Status = 1" looks as selective as
    /// "KanalId = 2" and a deep kanal page walked the whole archive's (Status, PublishedAtUtc) index (0.7 s at two
    /// million). Those indexes are analyzed again in full: ANALYZE of one index reads only that index, about a second
    /// at two million, and once done their figures no longer look sampled, so the next start leaves them.
    /// </summary>
    public override async Task AnalyzeAsync(TempoDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit = {RowsSampled}; PRAGMA optimize = 0x10002;");
        var sampled = await db.Database.SqlQueryRaw<string>(
                "SELECT idx AS Value FROM sqlite_stat1 WHERE idx IS NOT NULL AND tbl NOT LIKE 'ArticleSearch%' AND ' ' || stat || ' ' LIKE {0}",
                $"% {RowsSampled + 1} %")
            .ToListAsync();
        if (sampled.Count == 0) return;
        // The names come from the file's own statistics table (this schema's indexes), quoted as identifiers.
        var analyze = "PRAGMA analysis_limit = 0; " + string.Concat(sampled.Select(index => $"ANALYZE \"{index.Replace("\"", "\"\"")}\"; "));
        await db.Database.ExecuteSqlRawAsync(analyze);
    }

    /// <summary>FTS5's own 'rebuild' of the external-content table (the triggers keep it in step, but a restored or hand-edited file may not be).</summary>
    public override Task RebuildSearchIndexAsync(TempoDbContext db, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');", ct);

    public override async Task<IReadOnlyList<string>> IntegrityProblemsAsync(TempoDbContext db, CancellationToken ct = default)
    {
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

    public override async Task<int> ExistingTablesAsync(TempoDbContext db, IReadOnlyList<string> tables, CancellationToken ct = default)
    {
        var names = System.Text.Json.JsonSerializer.Serialize(tables);
        return await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each({names}))
            """).SingleAsync(ct);
    }

    /// <summary>VACUUM INTO: copying the file itself could catch it mid-write and miss what is still in the WAL.</summary>
    protected override async Task CopyIntoAsync(string targetPath)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", targetPath);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The online backup API copies the copy's pages into the live file (its WAL included): no file is swapped under an open connection.</summary>
    public override async Task RestoreAsync(string copyPath)
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copyPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var target = new SqliteConnection(connectionString);
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
        SqliteConnection.ClearAllPools();
    }
}
