using System.ComponentModel.DataAnnotations;

namespace TempoClone.Web.Hosting;

/// <summary>The site's settings (section "Site"); each has its allowed values, checked at start-up (<see cref="SettingsValidation"/>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Shown in the masthead, titles and bylines.</summary>
    [Required]
    public string Name { get; set; } = "TempoClone";

    /// <summary>The site's public address. Canonical links, feeds, sitemaps and Open Graph use it, never the request's Host header.</summary>
    [Required, HttpUrl]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>An absolute URL on this site for a path such as "/internasional/judul-12".</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>The publisher the footer names, as a national news site states who is responsible for it.</summary>
    [Required]
    public string PublisherName { get; set; } = "PT TempoClone Media Digital";

    /// <summary>The newsroom's address in the footer.</summary>
    [Required]
    public string PublisherAddress { get; set; } = "Jalan Palmerah Barat No. 8, Jakarta Selatan 12210";

    /// <summary>The Dewan Pers verification line ("Terverifikasi Dewan Pers No. …"); the footer leaves it out until the site has one.</summary>
    public string? PressVerification { get; set; }

    /// <summary>The site's social accounts for the footer, by name ("X", "Instagram") to address; none shown when empty.</summary>
    [HttpUrl]
    public Dictionary<string, string> SocialLinks { get; set; } = [];

    /// <summary>Kanal for imported stories whose source names none.</summary>
    [Required]
    public string DefaultKanal { get; set; } = "Internasional";

    /// <summary>Folder of Tempo-format *.txt files imported at start-up; relative paths are from the app root.</summary>
    public string SeedFolder { get; set; } = "seed-articles";

    public bool ImportSeedOnStart { get; set; } = true;

    /// <summary>The default SQLite file, pending uploads and backups' staging live here (data-protection keys are in the database): keep and back up this folder.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>Uploaded photos, stored under generated names.</summary>
    [Required]
    public string MediaFolder { get; set; } = "data/media";

    /// <summary>How many stories "Berita terkait" shows; the editors' picks come first, then the same tags and kanal fill in.</summary>
    [Range(0, 50)]
    public int RelatedCount { get; set; } = 10;

    /// <summary>Seconds a reader page is served from the output cache; editor writes evict it at once. 0 turns it off.</summary>
    [Range(0, 86_400)]
    public int ReaderCacheSeconds { get; set; } = 10;

    /// <summary>Memory the reader output cache may hold; past it new pages are rendered but not cached.</summary>
    [Range(1, 16_384)]
    public int ReaderCacheMegabytes { get; set; } = 64;

    /// <summary>Seconds a search's results are reused for the same words, filters and page; editor writes end it at once. 0 turns it off.</summary>
    [Range(0, 3_600)]
    public int SearchResultSeconds { get; set; } = 5;

    /// <summary>Searches one client address may run at once; four times as many wait, the rest get 429.</summary>
    [Range(1, 1_000)]
    public int SearchesPerClient { get; set; } = 8;

    /// <summary>Searches the whole site runs against the database at once (Pages/Search/SearchGate); the others wait their turn.</summary>
    [Range(1, 1_000)]
    public int SearchesAtOnce { get; set; } = 4;

    /// <summary>URLs per sitemap file; above it /sitemap.xml becomes an index (the protocol's limit is 50,000).</summary>
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 50_000;

    /// <summary>Stories per page on list pages.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>On SIGTERM, seconds requests in flight may take to finish before hosted services stop (under Docker's 10 s).</summary>
    [Range(1, 300)]
    public int ShutdownTimeoutSeconds { get; set; } = DefaultShutdownSeconds;

    public const int DefaultShutdownSeconds = 8;
}
