using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Distribution;

/// <summary>robots.txt, the sitemap (an index of numbered sitemaps when large) and the Google News sitemap.</summary>
public static class SitemapEndpoints
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    public const int NewsMaxEntries = 1000;
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    public static void MapSitemaps(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapGroup("").ExcludeFromDescription();
        app.MapGet(UrlMap.Robots, (IOptions<SiteOptions> site) => Results.Text(
            $"""
            User-agent: *
            Disallow: {UrlMap.Editor}
            Disallow: {UrlMap.Search}
            Disallow: {UrlMap.ApiPrefix}

            Sitemap: {site.Value.Absolute(UrlMap.Sitemap)}
            Sitemap: {site.Value.Absolute(UrlMap.SitemapNews)}
            """, "text/plain", Encoding.UTF8));
        app.MapGet(UrlMap.Sitemap, (SitemapSource source, HttpContext http) => source.RootAsync(http)).CacheOutput(ReaderCache.SitemapPolicy);
        app.MapGet(UrlMap.SitemapPageTemplate, (int page, SitemapSource source, HttpContext http) => source.PageAsync(page, http)).CacheOutput(ReaderCache.SitemapPolicy);
        app.MapGet(UrlMap.SitemapNews, (SitemapSource source) => source.NewsAsync()).CacheOutput(ReaderCache.Policy);
    }
}

public sealed class SitemapSource(TempoDbContext db, StoredSitemapFiles stored, TimeProvider clock, IOptions<SiteOptions> options)
{
    private SiteOptions Site => options.Value;
    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;
    private static XNamespace Ns => SitemapEndpoints.Sitemap;

    /// <summary>
    /// One file when every story's id fits the first; else an index of the files, each with its last change where it
    /// was built (<see cref="StoredSitemapFiles"/>). File N lists the live stories with ids in ((N-1)×size, N×size]
    /// less the first file's reserve (<see cref="StandingReserve"/>): an index range, never an OFFSET or a COUNT, so each
    /// file costs the same however deep the archive, holds at most size URLs (fewer where ids went to drafts or the
    /// trash), and keeps its stories when others are added or removed.
    /// </summary>
    public async Task<IResult> RootAsync(HttpContext http)
    {
        var pages = await PageCountAsync();
        if (pages <= 1) return await PageAsync(1, http);
        // The index names every file's lastmod, so it goes with every story's change (the default tag): a short read.
        var lastModified = await stored.LastModifiedAsync(http.RequestAborted);

        return new StreamedXml(async xml =>
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", Ns.NamespaceName);
            for (var page = 1; page <= pages; page++)
            {
                await xml.WriteStartElementAsync(null, "sitemap", Ns.NamespaceName);
                await xml.WriteElementStringAsync(null, "loc", Ns.NamespaceName, Site.Absolute(UrlMap.SitemapPage(page)));
                if (lastModified.TryGetValue(IdRange(page).First, out var modified))
                    await xml.WriteElementStringAsync(null, "lastmod", Ns.NamespaceName, JakartaTime.Iso(modified));
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        });
    }

    public async Task<IResult> PageAsync(int page, HttpContext http)
    {
        // CASE: past the last page is 404, and the id range is computed in long after that check, so it cannot wrap.
        var pages = await PageCountAsync();
        if (page < 1 || page > Math.Max(1, pages)) return Results.NotFound();
        TagWithPages(http, page, page);
        var (first, last) = IdRange(page);
        return new StoredSitemapResult(await stored.GetAsync(first, last, xml => WriteFileAsync(xml, first, last), http.RequestAborted));
    }

    /// <summary>The file's XML, written as the rows come (50,000 URLs are about 6 MB of XML, never held as a document).</summary>
    private async Task<SitemapBuildFacts> WriteFileAsync(XmlWriter xml, int first, int last)
    {
        var now = NowUtc;
        xml.WriteStartElement("urlset", Ns.NamespaceName);
        var (urls, newest, expires) = (0, (DateTime?)null, (DateTime?)null);
        if (first == 1)
        {
            var kanals = await db.Kanals.AsNoTracking().InUse(db.Articles, now).OrderBy(k => k.Slug).Select(k => new { k.Id, k.Slug }).ToListAsync();
            var sitePages = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync();
            var kanalIds = kanals.Select(k => k.Id).ToList();
            // CASE: a scheduled story in a kanal not in use yet opens it at its minute: the first file lists kanals.
            expires = await db.Articles.Scheduled(now).Where(a => !kanalIds.Contains(a.KanalId)).MinAsync(a => (DateTime?)a.PublishedAtUtc);
            foreach (var path in new[] { UrlMap.Home, UrlMap.Foto }.Concat(kanals.Select(k => UrlMap.Kanal(k.Slug)))) Url(path, null);
            foreach (var sitePage in sitePages) Url(UrlMap.SitePage(sitePage.Slug), sitePage.UpdatedAtUtc);
        }
        var articles = db.Articles.AsNoTracking().Published(now).Where(a => a.Id >= first && a.Id <= last).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, Kanal = a.Kanal.Slug, a.PublishedAtUtc, a.UpdatedAtUtc })
            .AsAsyncEnumerable();
        await foreach (var a in articles) Url(ArticleLinks.Path(a.Kanal, a.Slug, a.Id), ArticleRules.LastModifiedUtc(a.PublishedAtUtc, a.UpdatedAtUtc));
        xml.WriteEndElement();

        // The file goes stale by itself when a scheduled story in its range goes live (no save says so).
        var goesLive = await db.Articles.Scheduled(now).Where(a => a.Id >= first && a.Id <= last).MinAsync(a => (DateTime?)a.PublishedAtUtc);
        return new SitemapBuildFacts(urls, newest, goesLive is { } live && (expires is null || live < expires) ? live : expires);

        void Url(string path, DateTime? modifiedUtc)
        {
            urls++;
            if (modifiedUtc > newest || newest is null) newest = modifiedUtc;
            xml.WriteStartElement("url", Ns.NamespaceName);
            xml.WriteElementString("loc", Ns.NamespaceName, Site.Absolute(path));
            if (modifiedUtc is { } modified) xml.WriteElementString("lastmod", Ns.NamespaceName, JakartaTime.Iso(modified));
            xml.WriteEndElement();
        }
    }

    // CASE: the newest id of any story, not of a live one: MAX over the live filter made SQLite walk the whole
    // (Status, PublishedAtUtc) index (12 s at two million, issue 20); this is a seek to the primary key's end. A last
    // file whose stories are all drafts yet is an empty, valid urlset until one is published.
    /// <summary>From the newest id (a seek down the primary key), not a count.</summary>
    private async Task<int> PageCountAsync()
    {
        var newest = await db.Articles.MaxAsync(a => (int?)a.Id) ?? 0;
        return (int)((newest + (long)StandingReserve + Site.SitemapPageSize - 1) / Site.SitemapPageSize);
    }

    /// <summary>
    /// The first file also lists the standing pages (home, Foto, the kanals, Redaksi…): its id range is this much
    /// shorter (500 ids at 50,000, a tenth of a smaller file), so that it too holds at most the file size (50,000 is
    /// the protocol's limit) while there are no more standing pages than that.
    /// </summary>
    private int StandingReserve => Site.SitemapPageSize >= 1000 ? Math.Min(500, Site.SitemapPageSize / 10) : 0;

    private (int First, int Last) IdRange(int page) =>
        ((int)Math.Clamp((page - 1L) * Site.SitemapPageSize + 1 - StandingReserve, 1, int.MaxValue),
            (int)Math.Min(int.MaxValue, (long)page * Site.SitemapPageSize - StandingReserve));

    /// <summary>Kept until a story with an id in these files changes (<see cref="ReaderTags.OfArticle"/>); every other save leaves it.</summary>
    private void TagWithPages(HttpContext http, int firstPage, int lastPage)
    {
        var (first, _) = IdRange(Math.Max(1, firstPage));
        var (_, last) = IdRange(Math.Max(1, lastPage));
        var (firstBlock, lastBlock) = ((first - 1) / ReaderTags.SitemapBlockSize, (last - 1) / ReaderTags.SitemapBlockSize);
        http.TagReaderPage(Enumerable.Range(firstBlock, lastBlock - firstBlock + 1).Select(ReaderTags.SitemapBlock));
    }

    /// <summary>Full articles of the last 48 hours, newest first, at most 1,000 (Google News rules).</summary>
    public async Task<IResult> NewsAsync()
    {
        var since = NowUtc - SitemapEndpoints.NewsWindow;
        var articles = await db.Articles.AsNoTracking().Published(NowUtc)
            .WithFullText().Where(a => a.PublishedAtUtc >= since)
            .NewestFirst().Take(SitemapEndpoints.NewsMaxEntries)
            .Select(a => new { a.Id, a.Slug, Kanal = a.Kanal.Slug, a.Title, a.PublishedAtUtc, a.Language })
            .ToListAsync();
        var news = SitemapEndpoints.News.NamespaceName;
        // Written straight to the response (no XDocument of 1,000 entries and a string of it on every uncached request).
        return new StreamedXml(async xml =>
        {
            await xml.WriteStartElementAsync(null, "urlset", Ns.NamespaceName);
            await xml.WriteAttributeStringAsync("xmlns", "news", null, news);
            foreach (var a in articles)
            {
                await xml.WriteStartElementAsync(null, "url", Ns.NamespaceName);
                await xml.WriteElementStringAsync(null, "loc", Ns.NamespaceName, Site.Absolute(ArticleLinks.Path(a.Kanal, a.Slug, a.Id)));
                await xml.WriteStartElementAsync("news", "news", news);
                await xml.WriteStartElementAsync("news", "publication", news);
                await xml.WriteElementStringAsync("news", "name", news, Site.Name);
                // Google News wants each story's own language: the English edition's are "en".
                await xml.WriteElementStringAsync("news", "language", news, a.Language);
                await xml.WriteEndElementAsync();
                await xml.WriteElementStringAsync("news", "publication_date", news, JakartaTime.Iso(a.PublishedAtUtc));
                await xml.WriteElementStringAsync("news", "title", news, a.Title);
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        });
    }

    /// <summary>An XML document written straight to the response as <paramref name="write"/> produces it.</summary>
    private sealed class StreamedXml(Func<XmlWriter, Task> write) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "application/xml; charset=utf-8";
            await using var xml = XmlWriter.Create(http.Response.Body,
                new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
            await xml.WriteStartDocumentAsync();
            await write(xml);
            await xml.WriteEndDocumentAsync();
        }
    }
}
