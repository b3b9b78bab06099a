using System.Text;
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
        app.MapGet(UrlMap.Sitemap, (SitemapSource source) => source.RootAsync()).CacheOutput(ReaderCache.Policy);
        app.MapGet(UrlMap.SitemapPageTemplate, (int page, SitemapSource source) => source.PageAsync(page)).CacheOutput(ReaderCache.Policy);
        app.MapGet(UrlMap.SitemapNews, (SitemapSource source) => source.NewsAsync()).CacheOutput(ReaderCache.Policy);
    }

    public static IResult Xml(XDocument document) =>
        Results.Text(document.Declaration + "\n" + document.ToString(SaveOptions.None), "application/xml", Encoding.UTF8);
}

public sealed class SitemapSource(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> options)
{
    private SiteOptions Site => options.Value;
    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;
    private static XNamespace Ns => SitemapEndpoints.Sitemap;

    public async Task<IResult> RootAsync()
    {
        var count = await db.Articles.Published(NowUtc).CountAsync();
        if (count <= Site.SitemapPageSize) return await PageAsync(1);

        // CASE: more URLs than one sitemap may hold: an index of numbered sitemaps.
        var pages = (count + Site.SitemapPageSize - 1) / Site.SitemapPageSize;
        return SitemapEndpoints.Xml(new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Ns + "sitemapindex", Enumerable.Range(1, pages).Select(page =>
                new XElement(Ns + "sitemap", new XElement(Ns + "loc", Site.Absolute(UrlMap.SitemapPage(page))))))));
    }

    public async Task<IResult> PageAsync(int page)
    {
        // CASE: past the last page is 404, and the offset is computed in long after that check, so it cannot wrap.
        var count = await db.Articles.Published(NowUtc).CountAsync();
        var pages = Math.Max(1, (count + (long)Site.SitemapPageSize - 1) / Site.SitemapPageSize);
        if (page < 1 || page > pages) return Results.NotFound();

        var articles = await db.Articles.AsNoTracking().Published(NowUtc).OrderBy(a => a.Id)
            .Skip((int)((page - 1L) * Site.SitemapPageSize)).Take(Site.SitemapPageSize)
            .Select(a => new { a.Id, a.Slug, Kanal = a.Kanal.Slug, a.PublishedAtUtc, a.UpdatedAtUtc })
            .ToListAsync();

        var urls = articles.Select(a => Url(ArticleLinks.Path(a.Kanal, a.Slug, a.Id), a.UpdatedAtUtc > a.PublishedAtUtc ? a.UpdatedAtUtc : a.PublishedAtUtc));
        if (page == 1)
        {
            var kanals = await db.Kanals.AsNoTracking().InUse(db.Articles, NowUtc).OrderBy(k => k.Slug).Select(k => k.Slug).ToListAsync();
            var standing = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.UpdatedAtUtc }).ToListAsync();
            urls = new[] { Url(UrlMap.Home, null) }.Concat(kanals.Select(k => Url(UrlMap.Kanal(k), null)))
                .Concat(standing.Select(p => Url(UrlMap.SitePage(p.Slug), p.UpdatedAtUtc))).Concat(urls);
        }
        return SitemapEndpoints.Xml(new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(Ns + "urlset", urls)));
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
        var news = SitemapEndpoints.News;
        return SitemapEndpoints.Xml(new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "news", news.NamespaceName),
                articles.Select(a => new XElement(Ns + "url",
                    new XElement(Ns + "loc", Site.Absolute(ArticleLinks.Path(a.Kanal, a.Slug, a.Id))),
                    new XElement(news + "news",
                        new XElement(news + "publication",
                            new XElement(news + "name", Site.Name),
                            // Google News wants each story's own language: the English edition's are "en".
                            new XElement(news + "language", a.Language)),
                        new XElement(news + "publication_date", JakartaTime.Iso(a.PublishedAtUtc)),
                        new XElement(news + "title", a.Title)))))));
    }

    private XElement Url(string path, DateTime? lastModifiedUtc) => new(Ns + "url",
        new XElement(Ns + "loc", Site.Absolute(path)),
        lastModifiedUtc is { } modified ? new XElement(Ns + "lastmod", JakartaTime.Iso(modified)) : null);
}
