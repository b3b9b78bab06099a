using System.Collections.Frozen;

namespace TempoClone.Web.Rendering;

/// <summary>
/// Every top-level path of the site, in one place: the reader pages (their route templates are applied from
/// <see cref="ReaderPageRoutes"/>) with the standing pages and /ralat, the editor area, feeds, sitemaps, the API, media, Tempo's old URLs, health and
/// error pages. A kanal lives at /{slug}, beside all of these, so its slug may not be one of <see cref="ReservedSegments"/>.
/// Article paths under a kanal are <see cref="ArticleLinks"/>.
/// </summary>
public static class UrlMap
{
    public const string Home = "/";
    public const string Search = "/search";
    public const string Indeks = "/indeks";
    public const string TagPrefix = "/tag";
    public const string ReporterPrefix = "/penulis";
    public const string ErrorPrefix = "/error";

    /// <summary>The English edition's front page: every story in English, newest first (the site around it stays Indonesian).</summary>
    public const string English = "/en";

    /// <summary>The photo stories (Tempo's Foto): every story with a gallery, newest first.</summary>
    public const string Foto = "/foto";

    /// <summary>The corrections list (Ralat).</summary>
    public const string Corrections = "/ralat";

    /// <summary>The standing pages every Indonesian news site has; admins edit their texts at /editor/sitepages.</summary>
    public const string Redaksi = "/redaksi";
    public const string PedomanMediaSiber = "/pedoman-media-siber";
    public const string Kontak = "/kontak";
    public const string TentangKami = "/tentang-kami";
    public const string KebijakanPrivasi = "/kebijakan-privasi";
    public static readonly string[] SitePages = [Redaksi, PedomanMediaSiber, Kontak, TentangKami, KebijakanPrivasi];

    /// <summary>Where an unhandled exception is re-executed, and where status codes are (<c>{0}</c> is the code).</summary>
    public const string ExceptionPage = ErrorPrefix + "/500";
    public const string StatusCodePage = ErrorPrefix + "/{0}";

    /// <summary>The whole reader page of a story not live yet, behind a signed, expiring token (<see cref="PreviewLinks"/>).</summary>
    public const string PreviewPrefix = "/pratinjau";

    public const string Editor = "/editor";
    public const string EditorLogin = Editor + "/account/login";
    public const string EditorLoginTwoFactor = Editor + "/account/logintwofactor";
    public const string EditorTwoFactorSetup = Editor + "/account/twofactor";
    public const string EditorLogout = Editor + "/account/logout";
    public const string EditorDenied = Editor + "/account/denied";

    /// <summary>A photo uploaded on the article form and not saved with an article yet: staff only, never under /media.</summary>
    public const string EditorUploadTemplate = Editor + "/uploads/{name:minlength(1):maxlength(64)}";

    public const string Rss = "/rss";
    public const string Atom = "/atom";
    public const string Robots = "/robots.txt";
    public const string Sitemap = "/sitemap.xml";
    public const string SitemapNews = "/sitemap-news.xml";
    public const string SitemapPageTemplate = "/sitemap-{page:int:min(1)}.xml";

    public const string ApiPrefix = "/api";
    public const string Api = ApiPrefix + "/articles";
    public const string OpenApiTemplate = "/openapi/{documentName}.json";

    /// <summary>Uploaded photos, served from the media folder.</summary>
    public const string Media = "/media";

    public const string Health = "/healthz";
    public const string HealthReady = "/healthz/ready";

    /// <summary>Prometheus metrics, only when Metrics:Enabled and only for allowed scrapers (Hosting/Telemetry).</summary>
    public const string Metrics = "/metrics";

    /// <summary>Static files of the web root.</summary>
    public static readonly string[] StaticFolders = ["/css", "/js", "/img", "/favicon.svg"];

    /// <summary>Tempo's older article URL shapes; they answer 301 with today's canonical URL.</summary>
    public static readonly string[] LegacyArticleTemplates =
        ["read/{id:int:min(1)}/{slug?}", "amp/{id:int:min(1)}/{slug?}", "read/news/{year:int}/{month:int}/{day:int}/{id:int:min(1)}/{slug?}"];

    /// <summary>The route template of each reader page (Razor page name → template); the pages' @page lines carry none.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ReaderPageRoutes = new Dictionary<string, string[]>
    {
        ["/Index"] = [""],
        ["/Search/Index"] = [Search[1..]],
        ["/Indeks/Index"] = [Indeks[1..]],
        ["/Tags/Show"] = [TagPrefix[1..] + "/{slug:minlength(1):maxlength(60)}"],
        ["/Reporters/Show"] = [ReporterPrefix[1..] + "/{slug:minlength(1):maxlength(120)}"],
        ["/Error"] = [ErrorPrefix[1..] + "/{code:int?}"],
        ["/Corrections/Index"] = [Corrections[1..]],
        ["/English/Index"] = [English[1..]],
        ["/Foto/Index"] = [Foto[1..]],
        // Each standing page at its own literal address, which outranks the /{kanal} pattern.
        ["/SitePages/Show"] = [.. SitePages.Select(path => path[1..])],
        ["/Articles/Legacy"] = LegacyArticleTemplates,
        ["/Kanal/Index"] = ["{kanal:minlength(1):maxlength(64)}"],
        ["/Articles/Show"] = ["{kanal:minlength(1):maxlength(64)}/{slugAndId:minlength(1):maxlength(300)}", PreviewPrefix[1..] + "/{token:minlength(20):maxlength(600)}"],
    };

    /// <summary>First path segments the site uses itself; no kanal may take one.</summary>
    public static readonly FrozenSet<string> ReservedSegments = new[]
        {
            Search, Indeks, English, Foto, TagPrefix, ReporterPrefix, ErrorPrefix, Corrections, PreviewPrefix, Editor, Rss, Atom, Robots, Sitemap, SitemapNews, SitemapPageTemplate, "/sitemap",
            ApiPrefix, OpenApiTemplate, Media, Health, Metrics, "/read", "/amp", "/index",
        }
        .Concat(SitePages)
        .Concat(StaticFolders)
        .Select(FirstSegment)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Kanal(string slug) => "/" + slug;
    public static string Tag(string slug) => TagPrefix + "/" + slug;
    public static string Reporter(string slug) => ReporterPrefix + "/" + slug;
    public static string SitePage(string slug) => "/" + slug;
    public static string RssFor(string kanalSlug) => Rss + "/" + kanalSlug;
    public static string SitemapPage(int page) => $"/sitemap-{page}.xml";
    public static string MediaFile(string imagePath) => Media + "/" + imagePath;
    public const string NewArticle = Editor + "/articles/edit";
    /// <summary>The editors' guide to writing a story: Markdown, embeds, story furniture.</summary>
    public const string EditorHelp = Editor + "/bantuan";
    public static string EditArticle(int id) => $"{NewArticle}/{id}";

    /// <summary>The article form: of this article, or of a new one.</summary>
    public static string EditArticle(int? id) => id is { } existing ? EditArticle(existing) : NewArticle;
    /// <summary>The title search as JSON, for the form's pickers (related stories, Baca juga).</summary>
    public const string ArticleLookup = Editor + "/articles/lookup";
    public const string BulkArticles = Editor + "/articles/bulk";

    /// <summary>The article form's live preview: POST the form, get the article as the reader's page draws it (never cached).</summary>
    public const string ArticleLivePreview = Editor + "/articles/livepreview";

    /// <summary>A lead photo posted as soon as it is chosen, processed and kept once; answers its stored path (JSON).</summary>
    public const string ArticlePhotoUpload = Editor + "/articles/photoupload";
    public static string ArticleHistory(int id) => $"{Editor}/articles/history/{id}";

    /// <summary>The review desk (Meja redaksi), a story's read-only page for its writer, and the bell's list.</summary>
    public const string ReviewDesk = Editor + "/review";
    public static string ReadArticle(int id) => $"{Editor}/articles/read/{id}";
    public const string Notifications = Editor + "/notifikasi";
    public static string EditorUpload(string name) => $"{Editor}/uploads/{name}";

    /// <summary>A stored photo's focal point and crop (Atur fokus), for every story that shows it.</summary>
    public static string PhotoFrame(string photoPath) => $"{Editor}/media/frame?foto={Uri.EscapeDataString(photoPath)}";
    public static string Preview(string token) => PreviewPrefix + "/" + token;

    /// <summary>Why a kanal, tag or reporter cannot have this slug (an Indonesian message for the form), or null when it can.</summary>
    public static string? SlugProblem(SlugOwner owner, string name, string slug) => (owner, slug) switch
    {
        (SlugOwner.Kanal, "") => "Nama kanal perlu huruf atau angka.",
        (SlugOwner.Tag, "") => $"Tag \"{name}\" perlu huruf atau angka.",
        (SlugOwner.Reporter, "") => $"Nama \"{name}\" perlu huruf atau angka.",
        (SlugOwner.Kanal, _) when ReservedSegments.Contains(slug) =>
            $"Nama kanal \"{name}\" tidak dapat dipakai: alamat /{slug} sudah dipakai situs. Pilih nama lain.",
        _ => null,
    };

    private static string FirstSegment(string path) => path.TrimStart('/').Split('/', 2)[0];
}

/// <summary>What a slug names: a kanal sits at the top level (/{slug}); tags and reporters under their own prefix.</summary>
public enum SlugOwner
{
    Kanal,
    Tag,
    Reporter,
}
