using System.Xml.Linq;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Distribution;

/// <summary>
/// Sitemap files are built once and kept until a story they list changes: a crawler walking two million stories
/// must not make the server rebuild 40 files of 50,000 URLs on every visit, nor after every save elsewhere.
/// </summary>
public class SitemapCacheTests(SitemapCacheTests.App factory) : IClassFixture<SitemapCacheTests.App>
{
    /// <summary>Files of 1,000 ids; the cache keeps reader pages ten minutes so that only an eviction ends an entry.</summary>
    public sealed class App : TempoAppFactory
    {
        public App()
        {
            Settings["Site:ReaderCacheSeconds"] = "600";
            Settings["Site:SitemapPageSize"] = "1000";
        }
    }

    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task SitemapFile_IsKeptUntilAStoryInItChanges()
    {
        // A story far into the id range: the sixth file (ids 5,001–6,000); the seed's stories are in the first.
        var far = await factory.AddArticleAsync("Berita Peta Situs Jauh", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddDays(-2), id: 5001);
        var reader = factory.CreateReaderClient();
        var index = await SitemapTests.ValidSitemapAsync(reader, "/sitemap.xml");
        Assert.Equal(6, index.Descendants(Sm + "sitemap").Count());
        var firstFile = await reader.SettledETagAsync("/sitemap-1.xml");
        var sixthFile = await reader.SettledETagAsync("/sitemap-6.xml");
        var indexTag = await reader.SettledETagAsync("/sitemap.xml");

        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var saved = await editor.EditArticleAsync(far.Id, new() { ["Input.Title"] = "Berita Peta Situs Jauh Diperbarui", ["Input.Slug"] = "berita-peta-situs-diperbarui" });

        // The file that lists the story is built again and shows the change; the others are the copies kept.
        Assert.NotEqual(sixthFile, await reader.ETagAsync("/sitemap-6.xml"));
        var sixth = await SitemapTests.ValidSitemapAsync(reader, "/sitemap-6.xml");
        Assert.Contains(sixth.Descendants(Sm + "loc"), l => l.Value.Contains("berita-peta-situs-diperbarui"));
        Assert.Equal(firstFile, await reader.ETagAsync("/sitemap-1.xml"));
        Assert.NotEqual(indexTag, await reader.ETagAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task SitemapFiles_ListStoriesByIdRange_WithEmptyRangesValid()
    {
        await factory.AddArticleAsync("Berita Peta Situs Rentang", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddDays(-3), id: 3001);
        var reader = factory.CreateReaderClient();

        var fourth = await SitemapTests.ValidSitemapAsync(reader, "/sitemap-4.xml");
        var second = await SitemapTests.ValidSitemapAsync(reader, "/sitemap-2.xml");

        Assert.Contains(fourth.Descendants(Sm + "loc"), l => l.Value.Contains("berita-peta-situs-rentang"));
        Assert.Empty(second.Descendants(Sm + "loc"));
    }
}
