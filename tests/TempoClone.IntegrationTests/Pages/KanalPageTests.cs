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
        Assert.Equal("/arsip-paging", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        // The link onward names the last story shown, not a page number: the same URL stays the same page as news comes in.
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.StartsWith("/arsip-paging?sebelum=", next);
        Assert.Equal(secondTitles, (await _client.GetDocumentAsync(next)).QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList());
    }

    [Theory]
    [InlineData("?page=-1")]
    [InlineData("?page=0")]
    [InlineData("?page=1000000")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999999999999")]
    [InlineData("?sebelum=abc")]
    [InlineData("?sebelum=20261301000000-5")]
    [InlineData("?sesudah=20260101000000.12345678-5")]
    [InlineData("?sebelum=20260101000000-99999999999")]
    public async Task Get_KanalWithOddPage_AnswersNormally(string query)
    {
        using var response = await _client.GetAsync("/internasional" + query);

        // CASE: a page number past the ones served by offset, or a cursor this site never wrote, is a friendly 404.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"answered {(int)response.StatusCode}");
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
