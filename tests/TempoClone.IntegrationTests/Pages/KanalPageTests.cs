using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

public class KanalPageTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    [Fact]
    public async Task Get_Kanal_ListsItsStoriesNewestFirst()
    {
        var page = await _client.GetDocumentAsync("/internasional");

        Assert.Equal("Internasional", page.QuerySelector("h1")!.Text());
        var titles = page.QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList();
        Assert.Equal(SeedArticle.FirstRelatedTitle, titles[0]);
        Assert.Contains(SeedArticle.Title, titles);
    }

    [Fact]
    public async Task Get_KanalPages_AreDisjointAndLinked()
    {
        // Its own kanal: the other tests of this class list Internasional and must not see these stories.
        var baseTime = TempoAppFactory.StartTime.UtcDateTime.AddDays(-30);
        for (var i = 0; i < 25; i++)
            await factory.AddArticleAsync($"Arsip Kanal Paging {i:00}", ArticleStatus.Published, baseTime.AddMinutes(i), kanal: "Arsip Paging");

        var first = await _client.GetDocumentAsync("/arsip-paging");
        var second = await _client.GetDocumentAsync("/arsip-paging?page=2");

        var firstTitles = first.QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList();
        var secondTitles = second.QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList();
        Assert.Equal([.. Enumerable.Range(5, 20).Reverse().Select(i => $"Arsip Kanal Paging {i:00}")], firstTitles);
        Assert.Equal([.. Enumerable.Range(0, 5).Reverse().Select(i => $"Arsip Kanal Paging {i:00}")], secondTitles);
        Assert.Equal("/arsip-paging?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/arsip-paging", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?page=-1")]
    [InlineData("?page=0")]
    [InlineData("?page=1000000")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999999999999")]
    public async Task Get_KanalWithOddPage_AnswersNormally(string query)
    {
        using var response = await _client.GetAsync("/internasional" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_KanalInCapitals_Redirects301()
    {
        using var response = await _client.GetAsync("/Internasional");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/internasional", response.Headers.Location!.OriginalString);
    }
}
