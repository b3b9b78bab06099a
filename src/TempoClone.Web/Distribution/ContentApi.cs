using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Distribution;

/// <summary>
/// The read-only JSON content API: /api/articles (paged, by kanal and tag) and /api/articles/{id}.
/// GET only, open to any origin (CORS), with ETags so apps can revalidate cheaply; described at /openapi/v1.json.
/// </summary>
public static class ContentApi
{
    public const string CorsPolicy = "content-api";
    public const int MaxPageSize = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddContentApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));
        return services;
    }

    public static void MapContentApi(this WebApplication app)
    {
        app.MapOpenApi(UrlMap.OpenApiTemplate);
        var api = app.MapGroup(UrlMap.Api).RequireCors(CorsPolicy).WithTags("Articles");
        api.MapGet("/", ListAsync).WithName("ListArticles")
            .Produces<ArticlePage>().Produces(StatusCodes.Status304NotModified);
        api.MapGet("/{id:int}", GetAsync).WithName("GetArticle")
            .Produces<ArticleDetail>().Produces(StatusCodes.Status304NotModified).Produces(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// Newest first, paged by cursor: "next" is the URL of the following page (sebelum=the last story's cursor), null at
    /// the end; nothing counts the archive. "page" still answers up to <see cref="ListPager.MaxNumberedPage"/>.
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext http, TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site,
        string? kanal, string? tag, int? page, int? pageSize, string? sebelum)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        if (ListPosition.Read(page, sebelum, null) is not { } at) return Results.NotFound();
        var articles = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrEmpty(kanal)) articles = articles.Where(a => a.Kanal.Slug == kanal);
        if (!string.IsNullOrEmpty(tag)) articles = articles.Where(a => a.Tags.Any(t => t.Tag.Slug == tag));
        if (at.Older is { } cursor) articles = articles.OlderThan(cursor.PublishedAtUtc, cursor.Id);

        var items = await Summaries(articles.NewestFirst().Skip((at.Page - 1) * size).Take(size + 1), site.Value);
        string? next = null;
        if (items.Count > size)
        {
            items.RemoveAt(size);
            next = site.Value.Absolute(ListPager.With(UrlMap.Api + ListPager.QueryWithout(http.Request.Query, "page", ListPager.OlderKey), ListPager.OlderKey,
                new StoryCursor(items[^1].PublishedAt.UtcDateTime, items[^1].Id).ToString()));
        }
        return WithETag(http, new ArticlePage(at.Page, size, items, next));
    }

    private static async Task<IResult> GetAsync(HttpContext http, int id, TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site)
    {
        var published = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime);
        var article = await published.Where(a => a.Id == id).Select(a => new
        {
            a.Id, a.Title, a.Slug, a.Deck, a.BodyHtml, a.SourceLine, a.PublishedAtUtc, a.UpdatedAtUtc, a.LeadPhoto, a.EditorsPickId,
            Kanal = new KanalRef(a.Kanal.Slug, a.Kanal.Name),
            Tags = a.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name).ToList(),
            Authors = a.Bylines.Where(b => b.Role == BylineRole.Reporter).OrderBy(b => b.Position).Select(b => b.Reporter.Name).ToList(),
        }).SingleOrDefaultAsync();
        if (article is null) return Results.NotFound();

        var pick = (await Summaries(published.Where(a => a.Id == article.EditorsPickId), site.Value)).SingleOrDefault();
        var relatedIds = await db.Set<RelatedStory>().Where(r => r.ArticleId == id).OrderBy(r => r.Position).Select(r => r.RelatedArticleId).ToListAsync();
        var related = (await Summaries(published.Where(a => relatedIds.Contains(a.Id)), site.Value)).OrderBy(r => relatedIds.IndexOf(r.Id)).ToList();
        var photo = article.LeadPhoto is { } p
            ? new PhotoInfo(p.ImagePath is null ? null : site.Value.Absolute(UrlMap.MediaFile(p.ImagePath)), p.Caption, p.Credit, p.AltText)
            : null;

        return WithETag(http, new ArticleDetail(
            article.Id, site.Value.Absolute(ArticleLinks.Path(article.Kanal.Slug, article.Slug, article.Id)), article.Title, article.Deck,
            article.Kanal, article.Tags, article.Authors, JakartaTime.ToJakarta(article.PublishedAtUtc), JakartaTime.ToJakarta(ArticleRules.LastModifiedUtc(article.PublishedAtUtc, article.UpdatedAtUtc)),
            InlinePhotos.WithAbsoluteSources(article.BodyHtml ?? "", site.Value.Absolute), article.SourceLine, photo, pick, related));
    }

    private static async Task<List<ArticleSummary>> Summaries(IQueryable<Article> articles, SiteOptions site) =>
        (await articles.Select(a => new { a.Id, a.Slug, a.Title, a.Deck, a.PublishedAtUtc, KanalSlug = a.Kanal.Slug, KanalName = a.Kanal.Name }).ToListAsync())
        .Select(a => new ArticleSummary(a.Id, site.Absolute(ArticleLinks.Path(a.KanalSlug, a.Slug, a.Id)), a.Title, a.Deck,
            new KanalRef(a.KanalSlug, a.KanalName), JakartaTime.ToJakarta(a.PublishedAtUtc)))
        .ToList();

    /// <summary>Answers 304 when the client already has this exact representation.</summary>
    private static IResult WithETag<T>(HttpContext http, T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(bytes), 0, 16)}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=60";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(s => s.Trim()).Contains(etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }
}
