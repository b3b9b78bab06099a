using System.Xml.Linq;
using System.Xml.Schema;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Distribution;

public class SitemapTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>Loads an XML response and validates it against the sitemap and Google News schemas.</summary>
    public static async Task<XDocument> ValidSitemapAsync(HttpClient client, string path)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "sitemap.xsd"));
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "sitemap-news.xsd"));
        using var response = await client.GetAsync(path);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        Assert.Empty(problems);
        return document;
    }

    [Fact]
    public async Task Sitemap_IsValidAndListsPublishedArticlesWithAbsoluteUrls()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Draf Sitemap Rahasia", status: "Draft"));

        var sitemap = await ValidSitemapAsync(factory.CreateReaderClient(), "/sitemap.xml");

        var locs = sitemap.Descendants(Sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains(TempoAppFactory.BaseUrl + await factory.UrlOfAsync(SeedArticle.Title), locs);
        Assert.Contains(TempoAppFactory.BaseUrl + "/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("draf-sitemap-rahasia"));
    }

    [Fact]
    public async Task NewsSitemap_HasOnlyFullArticlesOfTheLast48Hours()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Berita Segar Untuk Google News"));

        var sitemap = await ValidSitemapAsync(factory.CreateReaderClient(), "/sitemap-news.xml");

        var entries = sitemap.Descendants(News + "news").ToList();
        var fresh = Assert.Single(entries, n => n.Element(News + "title")!.Value == "Berita Segar Untuk Google News");
        Assert.Equal("TempoClone", fresh.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("id", fresh.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.EndsWith("+07:00", fresh.Element(News + "publication_date")!.Value);
        // The seed article is from 2023 and the related stories are summaries: neither belongs here.
        Assert.DoesNotContain(entries, n => n.Element(News + "title")!.Value == SeedArticle.Title);
        Assert.DoesNotContain(entries, n => n.Element(News + "title")!.Value == SeedArticle.FirstRelatedTitle);
        Assert.True(entries.Count <= 1000);
    }

    [Fact]
    public async Task Robots_PointsAtSitemapsAndKeepsCrawlersOutOfTheNewsroom()
    {
        var robots = await factory.CreateReaderClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /editor", robots);
        Assert.Contains($"Sitemap: {TempoAppFactory.BaseUrl}/sitemap.xml", robots);
        Assert.Contains($"Sitemap: {TempoAppFactory.BaseUrl}/sitemap-news.xml", robots);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(268_435_457)]
    [InlineData(2_147_483_647)]
    public async Task SitemapPage_PastTheEnd_Is404(int page)
    {
        using var response = await factory.CreateReaderClient().GetAsync($"/sitemap-{page}.xml");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}

public class SitemapIndexTests
{
    [Fact]
    public async Task Sitemap_LargerThanOnePage_BecomesAValidIndexOfValidSitemaps()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:SitemapPageSize"] = "4" } };
        var client = app.CreateReaderClient();

        var index = await SitemapTests.ValidSitemapAsync(client, "/sitemap.xml");

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var parts = index.Descendants(sm + "sitemap").Select(s => s.Element(sm + "loc")!.Value).ToList();
        Assert.Equal(3, parts.Count); // 12 seeded stories, 4 per file
        var urls = new List<string>();
        foreach (var part in parts)
        {
            Assert.StartsWith(TempoAppFactory.BaseUrl + "/sitemap-", part);
            var sitemap = await SitemapTests.ValidSitemapAsync(client, new Uri(part).AbsolutePath);
            urls.AddRange(sitemap.Descendants(sm + "loc").Select(l => l.Value));
        }
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains(TempoAppFactory.BaseUrl + await app.UrlOfAsync(SeedArticle.Title), urls);

        // Past the last page is 404, also where (page - 1) × size would overflow an int.
        foreach (var past in new[] { 4, 536_870_913, 268_435_457, int.MaxValue })
        {
            using var response = await client.GetAsync($"/sitemap-{past}.xml");
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.NotFound, $"/sitemap-{past}.xml answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task SitemapIndex_CountsFilesFromTheNewestId_ADraftsFileListsNothingYet()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:SitemapPageSize"] = "1000" } };
        // The count is a seek to the newest id of any story (MAX over the live stories read the whole status index).
        await app.AddArticleAsync("Berita Peta Situs Draf", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime.AddDays(-1), id: 9001);
        var reader = app.CreateReaderClient();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var index = await SitemapTests.ValidSitemapAsync(reader, "/sitemap.xml");
        var tenth = await SitemapTests.ValidSitemapAsync(reader, "/sitemap-10.xml");

        Assert.Contains(index.Descendants(sm + "loc"), l => l.Value.EndsWith("/sitemap-10.xml", StringComparison.Ordinal));
        Assert.Empty(tenth.Descendants(sm + "loc"));
    }
}
