using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Distribution;

/// <summary>What a build learned besides the XML: how many URLs, the newest lastmod, and when the file goes stale by itself.</summary>
public sealed record SitemapBuildFacts(int Urls, DateTime? NewestModifiedUtc, DateTime? ExpiresAtUtc);

/// <summary>
/// Sitemap files built once and kept in the database (<see cref="SitemapFile"/>) until a story in them changes
/// (<see cref="SitemapFileChanges"/>, on the write path), so a request, a restart or a second instance serves the stored
/// bytes instead of reading 50,000 stories again. A stale file is built again by the request that finds it, once per
/// instance however many ask at the same time (<see cref="SitemapBuildGate"/>); the others wait for it and serve it.
/// </summary>
public sealed class StoredSitemapFiles(TempoDbContext db, DatabaseEngine engine, SitemapBuildGate gate, TimeProvider clock, ILogger<StoredSitemapFiles> log)
{
    private static readonly XmlWriterSettings Writer = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary>The stored file for ids <paramref name="firstId"/>–<paramref name="lastId"/>, built by <paramref name="write"/> when missing or stale.</summary>
    public async Task<SitemapFile> GetAsync(int firstId, int lastId, Func<XmlWriter, Task<SitemapBuildFacts>> write, CancellationToken ct)
    {
        if (await FreshAsync(firstId, lastId, ct) is { } stored) return stored;
        var turn = gate.For(firstId);
        await turn.WaitAsync(ct);
        try
        {
            // Another request may have built it while this one waited.
            return await FreshAsync(firstId, lastId, ct) ?? await BuildAsync(firstId, lastId, write, ct);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Each stored file's last change by its first id: the index's lastmod (none for a file never built).</summary>
    public Task<Dictionary<int, DateTime>> LastModifiedAsync(CancellationToken ct) =>
        db.SitemapFiles.AsNoTracking().Where(f => f.LastModifiedUtc != null)
            .Select(f => new { f.FirstId, f.LastModifiedUtc }).ToDictionaryAsync(f => f.FirstId, f => f.LastModifiedUtc!.Value, ct);

    private async Task<SitemapFile?> FreshAsync(int firstId, int lastId, CancellationToken ct)
    {
        var stored = await db.SitemapFiles.AsNoTracking().FirstOrDefaultAsync(f => f.FirstId == firstId, ct);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        return stored is { Gzip: not null } && stored.LastId == lastId && stored.BuiltChanges == stored.Changes
            && (stored.ExpiresAtUtc is not { } expires || expires > nowUtc) ? stored : null;
    }

    private async Task<SitemapFile> BuildAsync(int firstId, int lastId, Func<XmlWriter, Task<SitemapBuildFacts>> write, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        // CASE: the row exists, with this range, before the stories are read: a change committed from here on moves its
        // count past the one read now, so a build that missed it is stale the moment it is stored (never served as fresh).
        await ClaimRowAsync(firstId, lastId, ct);
        await db.SitemapFiles.Where(f => f.FirstId == firstId && f.LastId != lastId)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.LastId, lastId).SetProperty(f => f.BuiltChanges, -1).SetProperty(f => f.LastModifiedUtc, (DateTime?)null), ct);
        var changes = await db.SitemapFiles.Where(f => f.FirstId == firstId).Select(f => f.Changes).SingleAsync(ct);

        using var buffer = new MemoryStream();
        SitemapBuildFacts facts;
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var xml = XmlWriter.Create(gzip, Writer))
        {
            xml.WriteStartDocument();
            facts = await write(xml);
            xml.WriteEndDocument();
        }
        var bytes = buffer.ToArray();
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}\"";
        // The first build's lastmod is its newest story's; later ones keep the change time the write path set.
        var firstLastModifiedUtc = facts.NewestModifiedUtc ?? clock.GetUtcNow().UtcDateTime;
        await db.SitemapFiles.Where(f => f.FirstId == firstId).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.Gzip, bytes).SetProperty(f => f.ETag, etag).SetProperty(f => f.BuiltChanges, changes)
            .SetProperty(f => f.ExpiresAtUtc, facts.ExpiresAtUtc)
            .SetProperty(f => f.LastModifiedUtc, f => f.LastModifiedUtc ?? firstLastModifiedUtc), ct);
        log.LogInformation("Sitemap file {FirstId}-{LastId} built: {Urls} URLs, {Bytes} bytes gzipped, in {ElapsedMs} ms",
            firstId, lastId, facts.Urls, bytes.Length, stopwatch.ElapsedMilliseconds);
        return await db.SitemapFiles.AsNoTracking().Where(f => f.FirstId == firstId).SingleAsync(ct);
    }

    private async Task ClaimRowAsync(int firstId, int lastId, CancellationToken ct)
    {
        if (await db.SitemapFiles.AnyAsync(f => f.FirstId == firstId, ct)) return;
        db.SitemapFiles.Add(new SitemapFile { FirstId = firstId, LastId = lastId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (engine.IsUniqueViolation(ex))
        {
            // CASE: another instance claimed it a moment ago; its row serves as well.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>One build of a file at a time in this instance: concurrent first requests wait for it instead of building too.</summary>
public sealed class SitemapBuildGate
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _turns = new();

    public SemaphoreSlim For(int firstId) => _turns.GetOrAdd(firstId, _ => new SemaphoreSlim(1, 1));
}

/// <summary>
/// A stored file as the response: its gzip bytes as they are to a client that takes gzip (every crawler), unpacked
/// for one that does not; its ETag answers If-None-Match with 304.
/// </summary>
public sealed class StoredSitemapResult(SitemapFile file) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var (request, response) = (http.Request, http.Response);
        response.ContentType = "application/xml; charset=utf-8";
        response.Headers.ETag = file.ETag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.ToString() == file.ETag || tag.Tag == "*"))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var bytes = file.Gzip!;
        if (TakesGzip(request))
        {
            // Already compressed: the response compression leaves a response that names its encoding alone.
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, http.RequestAborted);
            return;
        }
        await using var unpacked = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        await unpacked.CopyToAsync(response.Body, http.RequestAborted);
    }

    private static bool TakesGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => (e.Value == "gzip" || e.Value == "*") && e.Quality is not 0);
}
