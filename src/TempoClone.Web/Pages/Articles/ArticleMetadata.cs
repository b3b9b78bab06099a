using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Articles;

/// <summary>What search engines and social sites read from an article page: canonical URL, Open Graph, Twitter card, JSON-LD NewsArticle.</summary>
public sealed class ArticleMetadata(ShowModel.ArticleView article, SiteOptions site, IReadOnlyDictionary<string, PhotoFrame> frames)
{
    public string CanonicalUrl { get; } = site.Absolute(article.Url);
    public string Title => article.Title;
    public string Description => article.Deck.Length > 0 ? article.Deck : article.Title;

    // The search and social panel: each text set there wins, else the headline and the summary (docs/decisions.md).
    /// <summary>The page's <c>&lt;title&gt;</c> (before the site's name).</summary>
    private readonly ArticleSharing.Texts _texts = article.Sharing.TextsFor(article.Title, article.Deck);
    public string SearchTitle => _texts.SearchTitle;
    public string SearchDescription => _texts.SearchDescription;
    public string SocialTitle => _texts.SocialTitle;
    public string SocialDescription => _texts.SocialDescription;

    /// <summary>The image for sharing: the one chosen for it, else the lead photo, else the site's own.</summary>
    private static string? SharedPhoto(ShowModel.ArticleView article) =>
        article.Sharing.SocialImagePath is { Length: > 0 } chosen ? chosen : article.Photo?.ImagePath;

    /// <summary>A framed photo's own 1200 × 630 rendition (its focal point kept in view); else the whole photo.</summary>
    private readonly PhotoFrame? _socialFrame = SharedPhoto(article) is { } shared && frames.TryGetValue(shared, out var frame) ? frame : null;

    public string ImageUrl => site.Absolute(
        _socialFrame is { } framed ? UrlMap.MediaFile(PhotoRenditions.FramedPath(framed.PhotoPath, PhotoRenditions.Framed.Social, framed.Version, PhotoRenditions.SocialWidth, "jpg"))
        : SharedPhoto(article) is { } path ? UrlMap.MediaFile(path) : "/img/social.png");

    /// <summary>The image's size when it is known to be the 1200 × 630 rendition (og:image:width and height spare crawlers a download).</summary>
    public bool ImageIsSocialSize => _socialFrame is not null;
    public string PublishedIso => JakartaTime.Iso(article.PublishedAtUtc);
    // A correction moves the modified time even if it was added without a save of the article.
    public string ModifiedIso => JakartaTime.Iso(ArticleRules.LastModifiedUtc(article.PublishedAtUtc, article.UpdatedAtUtc));
    public string Section => article.KanalName;
    public IEnumerable<string> Keywords => article.Tags.Select(t => t.Name);

    public HtmlString JsonLd => StructuredData.Script(WithCorrections(WithSearchTitle(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["mainEntityOfPage"] = CanonicalUrl,
        ["url"] = CanonicalUrl,
        ["headline"] = TextCut.ToLength(article.Title, 110),
        ["description"] = SearchDescription,
        ["datePublished"] = PublishedIso,
        ["dateModified"] = ModifiedIso,
        ["inLanguage"] = article.Language,
        ["articleSection"] = article.KanalName,
        ["keywords"] = new JsonArray(Keywords.Select(k => (JsonNode)k).ToArray()),
        ["author"] = new JsonArray(article.Bylines.Where(b => b.Role == BylineRole.Reporter).Select(b => (JsonNode)new JsonObject
        {
            ["@type"] = "Person",
            ["name"] = b.Name,
            ["url"] = site.Absolute(UrlMap.Reporter(b.Slug)),
        }).ToArray()),
        ["image"] = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = ImageUrl,
            // CASE: an image chosen for sharing is not the lead photo: the lead photo's caption and credit are not its own.
            ["caption"] = article.Sharing.SocialImagePath.Length == 0 ? article.Photo?.Caption ?? article.Title : article.Title,
            ["creditText"] = article.Sharing.SocialImagePath.Length == 0 && article.Photo?.Credit is { Length: > 0 } credit ? credit : site.Name,
        },
        ["publisher"] = new JsonObject
        {
            ["@type"] = "NewsMediaOrganization",
            ["name"] = site.Name,
            ["url"] = site.Absolute(UrlMap.Home),
            ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = site.Absolute("/img/logo.png"), ["width"] = 600, ["height"] = 60 },
        },
    })));

    /// <summary>The title written for search, as schema.org's alternativeHeadline, only when one is set.</summary>
    private JsonObject WithSearchTitle(JsonObject data)
    {
        if (article.Sharing.SearchTitle.Length > 0) data["alternativeHeadline"] = article.Sharing.SearchTitle;
        return data;
    }

    // Ralat, as schema.org has it: a CorrectionComment per note, only when there is one.
    private JsonObject WithCorrections(JsonObject data)
    {
        if (article.Corrections.Count > 0)
            data["correction"] = new JsonArray(article.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = JakartaTime.Iso(c.AddedAtUtc),
            }).ToArray());
        return data;
    }
}
