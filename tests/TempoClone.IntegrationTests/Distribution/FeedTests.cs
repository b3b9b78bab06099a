using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Distribution;

public class FeedTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    private async Task<SyndicationFeed> LoadAsync(string path, string mediaType)
    {
        using var response = await factory.CreateReaderClient().GetAsync(path);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("/rss", "application/rss+xml")]
    [InlineData("/atom", "application/atom+xml")]
    [InlineData("/rss/internasional", "application/rss+xml")]
    [InlineData("/atom/internasional", "application/atom+xml")]
    public async Task Feed_ParsesWithAbsoluteLinksAndStableIds(string path, string mediaType)
    {
        var feed = await LoadAsync(path, mediaType);

        var seed = Assert.Single(feed.Items, i => i.Title.Text == SeedArticle.Title);
        var canonical = TempoAppFactory.BaseUrl + await factory.UrlOfAsync(SeedArticle.Title);
        Assert.Equal(canonical, seed.Links.First().Uri.ToString());
        Assert.Matches(@"^urn:tempoclone:article:\d+$", seed.Id);
        Assert.Equal(new DateTimeOffset(2023, 8, 31, 17, 6, 0, TimeSpan.FromHours(7)), seed.PublishDate);
        Assert.All(feed.Items, i => Assert.StartsWith(TempoAppFactory.BaseUrl + "/", i.Links.First().Uri.ToString()));
    }

    [Fact]
    public async Task Feed_ItemWithPhoto_CarriesMediaContentAndCredit()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Umpan Dengan Foto");
        fields["Input.PhotoCaption"] = "Keterangan foto umpan.";
        fields["Input.PhotoCredit"] = "ANTARA/Fotografer Umpan";
        fields["Input.PhotoAlt"] = "Alt umpan";
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));

        var feed = await LoadAsync("/rss", "application/rss+xml");

        var item = Assert.Single(feed.Items, i => i.Title.Text == "Umpan Dengan Foto");
        var content = item.ElementExtensions.ReadElementExtensions<XElement>("content", Media.NamespaceName).Single();
        Assert.StartsWith(TempoAppFactory.BaseUrl + "/media/", content.Attribute("url")!.Value);
        Assert.Equal("image/png", content.Attribute("type")!.Value);
        Assert.Equal("ANTARA/Fotografer Umpan", content.Element(Media + "credit")!.Value);
    }

    [Fact]
    public async Task Feed_NeverCarriesDraftsOrScheduled()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Draf Umpan Rahasia", status: "Draft"));

        var feed = await LoadAsync("/rss", "application/rss+xml");

        Assert.DoesNotContain(feed.Items, i => i.Title.Text == "Draf Umpan Rahasia");
    }

    [Fact]
    public async Task Pages_AdvertiseFeedsWithLinkAlternate()
    {
        var client = factory.CreateReaderClient();
        foreach (var path in new[] { "/", await factory.UrlOfAsync(SeedArticle.Title), "/internasional" })
        {
            var page = await client.GetDocumentAsync(path);
            var feeds = page.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains(TempoAppFactory.BaseUrl + "/rss", feeds);
        }
    }

    [Fact]
    public async Task Feed_UnknownKanal_Is404()
    {
        using var response = await factory.CreateReaderClient().GetAsync("/rss/tidak-ada");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
