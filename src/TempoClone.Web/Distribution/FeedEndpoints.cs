using System.ServiceModel.Syndication;
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

/// <summary>RSS 2.0 and Atom 1.0 for the whole site (/rss, /atom) and each kanal (/rss/{kanal}, /atom/{kanal}).</summary>
public static class FeedEndpoints
{
    public const int ItemCount = 30;
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").ExcludeFromDescription();
        feeds.MapGet(UrlMap.Rss, (FeedSource source) => source.WriteAsync(null, rss: true)).CacheOutput(ReaderCache.Policy);
        feeds.MapGet(UrlMap.Rss + "/{kanal:maxlength(64)}", (string kanal, FeedSource source) => source.WriteAsync(kanal, rss: true)).CacheOutput(ReaderCache.Policy);
        feeds.MapGet(UrlMap.Atom, (FeedSource source) => source.WriteAsync(null, rss: false)).CacheOutput(ReaderCache.Policy);
        feeds.MapGet(UrlMap.Atom + "/{kanal:maxlength(64)}", (string kanal, FeedSource source) => source.WriteAsync(kanal, rss: false)).CacheOutput(ReaderCache.Policy);
    }

    /// <summary>A stable id for an article in every feed, whatever its slug or kanal becomes.</summary>
    public static string ItemId(int articleId) => $"urn:tempoclone:article:{articleId}";
}

public sealed class FeedSource(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> options)
{
    public async Task<IResult> WriteAsync(string? kanalSlug, bool rss)
    {
        var site = options.Value;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking().Published(nowUtc);
        var title = site.Name;
        var path = UrlMap.Home;
        if (kanalSlug is not null)
        {
            var kanal = await db.Kanals.AsNoTracking().InUse(db.Articles, nowUtc).SingleOrDefaultAsync(k => k.Slug == kanalSlug);
            if (kanal is null) return Results.NotFound();
            articles = articles.Where(a => a.KanalId == kanal.Id);
            title = $"{kanal.Name} - {site.Name}";
            path = UrlMap.Kanal(kanal.Slug);
        }

        var items = await articles.NewestFirst().Take(FeedEndpoints.ItemCount).Select(a => new
        {
            a.Id, a.Title, a.Slug, a.Deck, a.PublishedAtUtc, a.UpdatedAtUtc, KanalSlug = a.Kanal.Slug, KanalName = a.Kanal.Name,
            a.LeadPhoto, Authors = a.Bylines.Where(b => b.Role == BylineRole.Reporter).OrderBy(b => b.Position).Select(b => b.Reporter.Name).ToList(),
        }).ToListAsync();

        var feed = new SyndicationFeed(title, $"Berita terkini {title}", new Uri(site.Absolute(path)))
        {
            Id = site.Absolute(path),
            Language = "id",
            LastUpdatedTime = items.Count == 0 ? new DateTimeOffset(nowUtc) : JakartaTime.ToJakarta(items.Max(i => ArticleRules.LastModifiedUtc(i.PublishedAtUtc, i.UpdatedAtUtc))),
            ImageUrl = new Uri(site.Absolute("/img/logo.png")),
        };
        feed.AttributeExtensions.Add(new XmlQualifiedName("media", XNamespace.Xmlns.NamespaceName), FeedEndpoints.Media.NamespaceName);
        feed.Items = items.Select(a =>
        {
            var url = new Uri(site.Absolute(ArticleLinks.Path(a.KanalSlug, a.Slug, a.Id)));
            var item = new SyndicationItem(a.Title, a.Deck, url, FeedEndpoints.ItemId(a.Id), JakartaTime.ToJakarta(ArticleRules.LastModifiedUtc(a.PublishedAtUtc, a.UpdatedAtUtc)))
            {
                PublishDate = JakartaTime.ToJakarta(a.PublishedAtUtc),
            };
            item.Categories.Add(new SyndicationCategory(a.KanalName));
            foreach (var author in a.Authors) item.Authors.Add(new SyndicationPerson { Name = author });
            if (a.LeadPhoto?.ImagePath is { } image)
            {
                item.ElementExtensions.Add(new XElement(FeedEndpoints.Media + "content",
                    new XAttribute("url", site.Absolute(UrlMap.MediaFile(image))),
                    new XAttribute("medium", "image"),
                    new XAttribute("type", PhotoRenditions.ContentTypes[Path.GetExtension(image)]),
                    a.LeadPhoto.Width is { } width ? new XAttribute("width", width) : null,
                    a.LeadPhoto.Height is { } height ? new XAttribute("height", height) : null,
                    new XElement(FeedEndpoints.Media + "description", a.LeadPhoto.Caption),
                    new XElement(FeedEndpoints.Media + "credit", a.LeadPhoto.Credit)).CreateReader());
            }
            return item;
        }).ToList();

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (rss) feed.SaveAsRss20(writer);
            else feed.SaveAsAtom10(writer);
        }
        return Results.Bytes(buffer.ToArray(), rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
    }
}
