using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Serilog.Events;

namespace TempoClone.Web.Hosting;

/// <summary>
/// The exact bytes of the reader pages the output cache holds, answered at the front of the pipeline, before the
/// security-header and request-log stages, static files, routing and the output cache's own lookup (issue 20: those
/// cost a cached page more than its answer). A page gets here only when the output cache has just rendered and
/// stored it for an anonymous reader, on an endpoint the short path may take (<see cref="ReaderShortPath"/>): the
/// copy holds the response's final headers (security headers, ETag, Vary, Content-Encoding) and body, keyed by
/// method, scheme, host, path, the exact query and the encoding, lives as long as the output cache's entry and
/// carries its tags, so <see cref="ReaderEvictions"/> evicts both together. Anything else, or anything missing,
/// falls through to the pipeline unchanged. With Redis (several instances) it is off: another instance's eviction
/// reaches Redis, not this memory.
/// </summary>
public sealed class ReaderFrontCache(IOptions<OutputCacheOptions> options)
{
    // Headers the server writes for each answer itself, or that a copy must never carry.
    private static readonly string[] NotCopied = [HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie, HeaderNames.Age];
    // A 304 tells the validators and caching rules again (RFC 9110 15.4.5), with the security headers; not the body's.
    private static readonly string[] NotIn304 = [HeaderNames.ContentType, HeaderNames.ContentEncoding, HeaderNames.ContentLanguage];

    // The recent evictions, numbered: a page rendered while one of its tags was evicted may show what the save
    // changed, and is not kept. Only the page's own tags count, so four editors saving do not stop every copy.
    private const int EvictionsRemembered = 1024;
    private readonly Queue<(long Number, string Tag)> _evicted = new();
    private long _evictions;

    private readonly ConcurrentDictionary<FrontKey, FrontEntry> _entries = new();
    private long _bytes;

    internal long MaximumBodySize => options.Value.MaximumBodySize;

    /// <summary>Entries in memory (expired ones included until looked up or swept).</summary>
    public int Count => _entries.Count;

    /// <summary>Drops every copy carrying <paramref name="tag"/>: the pages a save changed, as the output cache does.</summary>
    public void Evict(string tag)
    {
        // Noted before the scan: a copy added after the scan has passed finds the note (see TryAdd).
        lock (_evicted)
        {
            _evicted.Enqueue((++_evictions, tag));
            if (_evicted.Count > EvictionsRemembered) _evicted.Dequeue();
        }
        // A scan, not a tag index: a few thousand entries at most, and nothing to keep in step on every store.
        foreach (var (key, entry) in _entries)
            if (Array.IndexOf(entry.Tags, tag) >= 0) Remove(key, entry);
    }

    internal bool TryGet(in FrontKey key, [NotNullWhen(true)] out FrontEntry? entry)
    {
        if (!_entries.TryGetValue(key, out entry)) return false;
        if (Environment.TickCount64 < entry.ExpiresAt) return true;
        Remove(key, entry);
        entry = null;
        return false;
    }

    /// <summary>Where the evictions stand as a page starts rendering: <see cref="TryAdd"/> refuses its copy if one of its tags goes after this.</summary>
    internal long EvictionMark()
    {
        lock (_evicted) return _evictions;
    }

    private bool EvictedSince(long mark, string[] tags)
    {
        lock (_evicted)
        {
            // Forgotten evictions since the mark: assume the worst.
            if (_evicted.TryPeek(out var oldest) && oldest.Number > mark + 1) return true;
            foreach (var (number, tag) in _evicted)
                if (number > mark && Array.IndexOf(tags, tag) >= 0) return true;
            return false;
        }
    }

    /// <summary>
    /// Keeps the copy of a page rendered since <paramref name="mark"/>, unless a save evicted one of its tags meanwhile,
    /// within the output cache's own byte limit (Site:ReaderCacheMegabytes); past it the page is simply answered by the pipeline.
    /// </summary>
    internal void TryAdd(FrontKey key, FrontEntry entry, long mark)
    {
        if (EvictedSince(mark, entry.Tags) || !TryStore(key, entry)) return;
        // CASE: an eviction between the check and the copy's arrival: its scan may have passed before the copy came.
        if (EvictedSince(mark, entry.Tags)) Remove(key, entry);
    }

    private bool TryStore(FrontKey key, FrontEntry entry)
    {
        if (Interlocked.Add(ref _bytes, entry.Size) > options.Value.SizeLimit)
        {
            SweepExpired();
            if (Volatile.Read(ref _bytes) > options.Value.SizeLimit)
            {
                Interlocked.Add(ref _bytes, -entry.Size);
                return false;
            }
        }
        while (true)
        {
            if (_entries.TryGetValue(key, out var old))
            {
                if (!_entries.TryUpdate(key, entry, old)) continue;
                Interlocked.Add(ref _bytes, -old.Size);
                return true;
            }
            if (_entries.TryAdd(key, entry)) return true;
        }
    }

    private void Remove(FrontKey key, FrontEntry entry)
    {
        if (_entries.TryRemove(KeyValuePair.Create(key, entry))) Interlocked.Add(ref _bytes, -entry.Size);
    }

    private void SweepExpired()
    {
        var now = Environment.TickCount64;
        foreach (var (key, entry) in _entries)
            if (now >= entry.ExpiresAt) Remove(key, entry);
    }

    /// <summary>The copy of a response the output cache has just stored, or null when this one is not to be copied.</summary>
    internal FrontEntry? CopyOf(HttpContext context, byte[] body)
    {
        if (ReaderCache.RenderedForCache(context) is not { AllowCacheStorage: true } cache) return null;
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)) return null;
        if (context.GetEndpoint() is not { } endpoint || !ReaderShortPath.IsOpenToAll(endpoint)) return null;
        // CASE: "?utm_source=…" is answered by the output cache's entry; a copy per junk query would only fill memory.
        var declared = endpoint.Metadata.GetMetadata<ReaderQueryKeysAttribute>()?.Keys ?? [];
        if (context.Request.Query.Keys.Any(key => !declared.Contains(key, StringComparer.OrdinalIgnoreCase))) return null;
        if (response.ContentLength is { } length && length != body.Length && !HttpMethods.IsHead(context.Request.Method)) return null;

        var headers = response.Headers.Where(header => !NotCopied.Contains(header.Key, StringComparer.OrdinalIgnoreCase)).ToArray();
        var lifetime = cache.ResponseExpirationTimeSpan ?? options.Value.DefaultExpirationTimeSpan;
        return new FrontEntry(
            headers,
            [.. headers.Where(header => !NotIn304.Contains(header.Key, StringComparer.OrdinalIgnoreCase))],
            // A HEAD answer's body was written but never sent.
            HttpMethods.IsHead(context.Request.Method) ? [] : body,
            EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var etag) ? etag : null,
            HeaderUtilities.TryParseDate(response.Headers.LastModified.ToString(), out var modified) ? modified : null,
            [.. cache.Tags],
            Environment.TickCount64 + (long)lifetime.TotalMilliseconds,
            endpoint,
            new RouteValueDictionary(context.Request.RouteValues),
            ReaderCache.PageType(endpoint));
    }
}

/// <summary>What a page is cached by: the output cache's key (scheme, host, path) with the exact query, the method and the encoding.</summary>
internal readonly record struct FrontKey(string Method, string Scheme, string Host, string PathBase, string Path, string Query, string Encoding)
{
    public static FrontKey For(HttpRequest request) => new(
        HttpMethods.IsHead(request.Method) ? HttpMethods.Head : HttpMethods.Get, request.Scheme, request.Host.Value ?? "",
        request.PathBase.Value ?? "", request.Path.Value ?? "", request.QueryString.Value ?? "", ReaderCompression.EncodingFor(request));
}

/// <summary>One page's answer as it went out, with what the stages it skips need: its endpoint and route values (view counting, metrics) and its tags.</summary>
internal sealed record FrontEntry(
    KeyValuePair<string, StringValues>[] Headers,
    KeyValuePair<string, StringValues>[] HeadersIn304,
    byte[] Body,
    EntityTagHeaderValue? ETag,
    DateTimeOffset? LastModified,
    string[] Tags,
    long ExpiresAt,
    Endpoint Endpoint,
    RouteValueDictionary RouteValues,
    string PageType)
{
    // The body and, roughly, the headers and the rest.
    public long Size { get; } = Body.Length + 2048;
}

public static class ReaderFrontPath
{
    /// <summary>
    /// Answers a reader's request from <see cref="ReaderFrontCache"/> when it holds the page, else runs the pipeline
    /// and copies what the output cache stored. <paramref name="countView"/> is the view counter's check, run after a
    /// page answered here as the counting stage runs after any other (Pages/Popularity/ViewCountingMiddleware).
    /// Goes after the error page and HSTS stages, before the security headers and the request log, which a copy
    /// already carries and writes itself.
    /// </summary>
    public static IApplicationBuilder UseReaderFrontCache(this IApplicationBuilder app, Func<HttpContext, Task> countView)
    {
        var services = app.ApplicationServices;
        if (!ReaderShortPath.IsPossible(services) || services.GetRequiredService<SharedRedis>().IsConfigured
            || services.GetRequiredService<IOptions<SiteOptions>>().Value.ReaderCacheSeconds <= 0) return app;
        var front = services.GetRequiredService<ReaderFrontCache>();
        var log = services.GetRequiredService<Serilog.ILogger>();
        var staffCookie = new Lazy<string?>(() => ReaderShortPath.StaffCookieName(services));
        return app.Use(next => context =>
        {
            if (!ReaderShortPath.IsAnonymousRead(context.Request, staffCookie.Value)) return next(context);
            var key = FrontKey.For(context.Request);
            return front.TryGet(key, out var entry) ? AnswerAsync(context, entry) : FillAsync(context, key, next);
        });

        async Task AnswerAsync(HttpContext context, FrontEntry entry)
        {
            var started = Stopwatch.GetTimestamp();
            var request = context.Request;
            var response = context.Response;
            context.SetEndpoint(entry.Endpoint);
            // Copied: a stage may add to a request's route values.
            if (entry.RouteValues.Count > 0) request.RouteValues = new RouteValueDictionary(entry.RouteValues);
            var notModified = IsNotModified(request, entry);
            foreach (var (name, value) in notModified ? entry.HeadersIn304 : entry.Headers) response.Headers[name] = value;
            if (notModified) response.StatusCode = StatusCodes.Status304NotModified;
            else if (HttpMethods.IsGet(request.Method))
            {
                response.ContentLength = entry.Body.Length;
                await response.BodyWriter.WriteAsync(entry.Body, context.RequestAborted);
            }
            SiteMetrics.ReaderCache.Add(1, new("page", entry.PageType), new("outcome", "hit"));
            // The request log's own line for a cache answer (Debug, see HostingSetup.RequestLogLevel).
            if (log.IsEnabled(LogEventLevel.Debug))
                log.ForContext("ClientAddress", context.ClientAddress()).ForContext("UserName", "-")
                    .Debug("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                        request.Method, request.Path.ToString(), response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await countView(context);
        }

        async Task FillAsync(HttpContext context, FrontKey key, RequestDelegate next)
        {
            var mark = front.EvictionMark();
            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var capture = new FrontCapture(body, front.MaximumBodySize);
            context.Features.Set<IHttpResponseBodyFeature>(capture);
            context.Features.Set(capture);
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
            }
            if (capture.Captured is { } bytes && !context.RequestAborted.IsCancellationRequested && front.CopyOf(context, bytes) is { } entry)
                front.TryAdd(key, entry, mark);
        }
    }

    /// <summary>Starts copying the body; the reader cache calls it as the output cache starts rendering a page to store.</summary>
    internal static void CaptureBody(HttpContext context) => context.Features.Get<FrontCapture>()?.Start();

    /// <summary>The output cache's own rule: If-None-Match when sent (weakly compared, or *), else If-Modified-Since.</summary>
    private static bool IsNotModified(HttpRequest request, FrontEntry entry)
    {
        var headers = request.Headers;
        if (!StringValues.IsNullOrEmpty(headers.IfNoneMatch))
        {
            if (entry.ETag is null || !EntityTagHeaderValue.TryParseList(headers.IfNoneMatch, out var tags)) return false;
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(entry.ETag, useStrongComparison: false));
        }
        return !StringValues.IsNullOrEmpty(headers.IfModifiedSince) && entry.LastModified is { } modified
            && HeaderUtilities.TryParseDate(headers.IfModifiedSince.ToString(), out var since) && modified <= since;
    }
}

/// <summary>
/// The response body as it goes out, copied once <see cref="Start"/> is called (a page the output cache stores) and
/// while it stays within the cache's body limit. Everything else (the pipe writer, file sends) passes straight through:
/// the output cache writes a page it stores through the stream.
/// </summary>
internal sealed class FrontCapture(IHttpResponseBodyFeature inner, long limit) : IHttpResponseBodyFeature
{
    private MemoryStream? _copy;
    private bool _overflow;
    private Stream? _stream;

    public byte[]? Captured => _copy is not null && !_overflow ? _copy.ToArray() : null;

    public void Start() => _copy ??= new MemoryStream();

    public Stream Stream => _stream ??= new TeeStream(inner.Stream, this);

    public System.IO.Pipelines.PipeWriter Writer => inner.Writer;

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        _overflow = true;
        return inner.SendFileAsync(path, offset, count, cancellationToken);
    }

    public Task CompleteAsync() => inner.CompleteAsync();

    private void Copy(ReadOnlySpan<byte> bytes)
    {
        if (_copy is null || _overflow) return;
        if (_copy.Length + bytes.Length > limit) _overflow = true;
        else _copy.Write(bytes);
    }

    private sealed class TeeStream(Stream inner, FrontCapture capture) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            capture.Copy(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            capture.Copy(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
