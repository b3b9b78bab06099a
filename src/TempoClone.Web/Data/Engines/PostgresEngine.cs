using System.Diagnostics;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// PostgreSQL, for several instances behind a load balancer. Its own migrations (<see cref="PostgresTempoDbContext"/>);
/// the generated tsvector column Articles.SearchVector (configuration tempo_search: simple + unaccent; title weight A,
/// summary B, word roots C, body D) behind a GIN index, ranked by ts_rank; advisory locks; pg_dump and pg_restore.
/// </summary>
public sealed class PostgresEngine(string connectionString) : DatabaseEngine
{
    private static readonly DatabaseTimer Timer = new("postgresql");

    /// <summary>The dateline rule of SearchText as a PostgreSQL regular expression (case-insensitive; the shortest match is the first dash), as in the SearchVector column's migration.</summary>
    public const string Dateline = "^TEMPO.{0,72}? - ";

    // ts_headline's options; the marks are the same control characters FTS5's snippet is given.
    private static readonly string HeadlineOptions =
        $"StartSel=\"{FullTextQuery.MarkOpen}\", StopSel=\"{FullTextQuery.MarkClose}\", MaxWords=18, MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter=\"…\"";

    public override string Name => "Postgres";

    public override string BackupEntry => "database.pgdump";

    public override string ConnectionString => connectionString;

    /// <summary>PostgreSQL has no useful default: the connection string must name the server and database.</summary>
    public static PostgresEngine Configured(string? configured)
    {
        const string Fix = "set ConnectionStrings__Default to a PostgreSQL connection string, e.g. \"Host=db;Database=tempo;Username=tempo;Password=…\".";
        if (string.IsNullOrWhiteSpace(configured)) throw new StartupProblem($"{DatabaseSetup.ProviderSetting} is Postgres but no connection string is given; {Fix}");
        // CASE: appsettings.json carries SQLite's default, which would otherwise be read as a host named "data/tempo.db".
        if (configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) && !configured.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            throw new StartupProblem($"{DatabaseSetup.ProviderSetting} is Postgres but ConnectionStrings:Default is a SQLite connection string; {Fix}");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            // CASE: the JIT compiler starts where a plan's estimated cost is high, and the "is this tag used by a live story"
            // semi-joins of two million stories are estimated in the millions though they stop at the first row: 450 ms of
            // compiling for 0.3 ms of work on every tag, reporter and home page (issue 20). The site's statements are short
            // lookups, never the long analytical scans JIT pays for; a connection string that sets jit itself is kept.
            if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true) builder.Options = $"{builder.Options} -c jit=off".Trim();
            return new PostgresEngine(builder.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StartupProblem($"ConnectionStrings:Default is not a PostgreSQL connection string ({ex.Message}); {Fix}");
        }
    }

    public override void Configure(DbContextOptionsBuilder options) =>
        options.AddInterceptors(Timer).UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    // Each engine has its own migrations, found by the context type: the derived PostgresTempoDbContext (same model).
    public override IDbContextFactory<TempoDbContext> ContextPool(DbContextOptions<TempoDbContext> options) => Pool<PostgresTempoDbContext>(options);

    /// <summary>Connects once before EF does, so an unreachable server, a wrong password or a missing database stops start-up with what to fix.</summary>
    public override async Task CheckAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 10, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await CreateDatabaseAsync(builder);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            throw new StartupProblem($"The PostgreSQL database \"{builder.Database}\" on {builder.Host}:{builder.Port} cannot be reached " +
                $"({ex.Message.ReplaceLineEndings(" ")}); start the server or fix ConnectionStrings__Default (host, port, database, user, password).");
        }
    }

    /// <summary>
    /// The server answers but the database is not there yet: made here, empty (migrating fills it), so a first start
    /// needs no manual step when the user may create databases. EF could too, but logs the missing database as an error first.
    /// </summary>
    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"";
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance made it a moment ago.
        }
        catch (NpgsqlException ex)
        {
            throw new StartupProblem($"The PostgreSQL database \"{target.Database}\" does not exist on {target.Host}:{target.Port} and could not be " +
                $"created ({ex.Message.ReplaceLineEndings(" ")}); create it (createdb -O {target.Username} {target.Database}) or fix ConnectionStrings__Default.");
        }
    }

    public override async Task MigrateAsync(TempoDbContext db)
    {
        // CASE: on a new database Npgsql finds out whether the history table exists by querying it, and EF logs that
        // failed query as an error (twice: our check, then its migrate). Made first (EF's own DDL, IF NOT EXISTS), the
        // first start's log has no error that is not one.
        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another instance starting at the same moment made it (IF NOT EXISTS is not atomic in PostgreSQL).
        }
        await base.MigrateAsync(db);
    }

    // LIKE compares case on PostgreSQL; ILIKE does not.
    public override (Expression<Func<string, string, bool>> Test, string Pattern) ContainsIgnoringCase(string text) =>
        ((field, pattern) => EF.Functions.ILike(field, pattern, LikeEscape), LikeContains(text));

    public override IQueryable<int> NewestMatches(TempoDbContext db, FullTextQuery query, FullTextFields fields) =>
        db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Articles" WHERE "SearchVector" @@ to_tsquery('tempo_search', {(fields == FullTextFields.Title ? TsQuery(query, titleOnly: true) : TsQueryInText(query))}) ORDER BY "Id" DESC LIMIT {query.MaxRanked}""");

    public override IQueryable<FullTextHit> SearchHits(TempoDbContext db, FullTextQuery query)
    {
        var all = TsQueryWithRoots(query);
        var titleQuery = TsQuery(query, titleOnly: true);
        var textQuery = TsQueryInText(query);
        return db.Database.SqlQuery<FullTextHit>($"""
            SELECT "Id", -ts_rank(array[0.1, 0.05, 0.4, 1]::float4[], "SearchVector", to_tsquery('tempo_search', {all}))::float8 AS "Rank",
                "SearchVector" @@ to_tsquery('tempo_search', {titleQuery}) AS "TitleMatch",
                "SearchVector" @@ to_tsquery('tempo_search', {textQuery}) AS "ExactMatch"
            FROM "Articles" WHERE "SearchVector" @@ to_tsquery('tempo_search', {all})
                AND "Id" >= (SELECT coalesce(min("Id"), 0) FROM (SELECT "Id" FROM "Articles"
                    WHERE "SearchVector" @@ to_tsquery('tempo_search', {all}) ORDER BY "Id" DESC LIMIT {query.MaxRanked}) AS newest)
            ORDER BY "Rank" LIMIT {query.MaxCandidates}
            """);
    }

    public override async Task<Dictionary<int, string>> SearchExcerptsAsync(TempoDbContext db, FullTextQuery query, IReadOnlyList<int> ids) =>
        await db.Database.SqlQuery<FullTextExcerpt>($"""
            SELECT "Id", ts_headline('tempo_search', regexp_replace("BodyMarkdown", {Dateline}, '', 'i'), q, {HeadlineOptions}) AS "BodySnippet",
                ts_headline('tempo_search', "Deck", q, {HeadlineOptions}) AS "DeckSnippet"
            FROM "Articles", to_tsquery('tempo_search', {TsQueryWithRoots(query)}) AS q WHERE "Id" = ANY({ids.ToArray()})
            """).ToDictionaryAsync(e => e.Id, e => e.Snippet);

    /// <summary>Each word or one of its roots required: ('kesepakatan':* | 'sepakat' | …) &amp; ….</summary>
    public static string TsQueryWithRoots(FullTextQuery query) =>
        string.Join(" & ", query.Words.Select(w => "(" + string.Join(" | ", w.Roots.Select(r => $"'{r}'").Prepend($"'{w.Text}'" + (w.Prefix ? ":*" : ""))) + ")"));

    /// <summary>Each word in the title, summary or body (weights A, B, D; roots are C): found as typed.</summary>
    public static string TsQueryInText(FullTextQuery query) =>
        string.Join(" & ", query.Words.Select(w => $"'{w.Text}':" + (w.Prefix ? "*" : "") + "ABD"));

    /// <summary>'banjir':* &amp; 'di'; with <paramref name="titleOnly"/> each word must be in the title (weight A).</summary>
    public static string TsQuery(FullTextQuery query, bool titleOnly = false) =>
        string.Join(" & ", query.Words.Select(w => $"'{w.Text}'" + (w.Prefix ? ":*" : titleOnly ? ":" : "") + (titleOnly ? "A" : "")));

    /// <summary>A transaction-scoped advisory lock on the key, released at commit or rollback.</summary>
    public override Task LockForTransactionAsync(DatabaseFacade database, long key, CancellationToken ct = default) =>
        database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);

    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }; // 23505

    public override bool IsTransient(Exception exception) => exception is NpgsqlException;

    /// <summary>The tsvector column is generated, so only its GIN index is rebuilt.</summary>
    public override Task RebuildSearchIndexAsync(TempoDbContext db, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync("""REINDEX INDEX "IX_Articles_SearchVector";""", ct);

    /// <summary>No page-level check without the amcheck extension: the server answers and the main tables can be read.</summary>
    public override async Task<IReadOnlyList<string>> IntegrityProblemsAsync(TempoDbContext db, CancellationToken ct = default)
    {
        await db.Articles.IgnoreQueryFilters().CountAsync(ct);
        await db.Users.CountAsync(ct);
        return [];
    }

    public override async Task<int> ExistingTablesAsync(TempoDbContext db, IReadOnlyList<string> tables, CancellationToken ct = default) =>
        await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY({tables.ToArray()})
            """).SingleAsync(ct);

    /// <summary>pg_dump in its custom format (one snapshot), for pg_restore.</summary>
    protected override Task CopyIntoAsync(string targetPath) =>
        RunToolAsync("pg_dump", ["--format=custom", "--no-owner", "--file", targetPath], onFailure: () => File.Delete(targetPath));

    public override Task RestoreAsync(string copyPath) =>
        RunToolAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", copyPath]);

    /// <summary>pg_dump or pg_restore with the connection's server, user and database; the password goes through the environment, never the command line.</summary>
    private async Task RunToolAsync(string tool, string[] arguments, Action? onFailure = null)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool,
            [.. arguments, "--host", server.Host ?? "localhost", "--port", server.Port.ToString(),
             "--dbname", server.Database ?? "", .. server.Username is { } user ? new[] { "--username", user } : []])
        {
            RedirectStandardError = true,
        };
        if (server.Password is { } password) start.Environment["PGPASSWORD"] = password;
        try
        {
            using var process = Process.Start(start)!;
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                onFailure?.Invoke();
                throw new IOException($"{tool} answered {process.ExitCode}: {errors.Trim().ReplaceLineEndings(" ")}");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new IOException($"{tool} was not found; install the PostgreSQL client (Debian: postgresql-client) of the server's version or newer.");
        }
    }
}
