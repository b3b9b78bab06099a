using System.Net;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Pages;

public class HomePageTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    [Fact]
    public async Task Get_Home_HeadlineIsNewestFullArticleNotASummaryStory()
    {
        var page = await _client.GetDocumentAsync("/");
        var headline = page.QuerySelector("section.headline")!;

        // The related stories are newer ("2 jam lalu") but known only by their summary.
        Assert.Equal(SeedArticle.Title, headline.QuerySelector("h2 a")!.Text());
        Assert.Equal(await factory.UrlOfAsync(SeedArticle.Title), headline.QuerySelector("h2 a")!.GetAttribute("href"));
        // The seed has a caption but no image file: the lead closes up, no empty picture box.
        Assert.Null(headline.QuerySelector(".lead-story img, .photo-placeholder"));
    }

    [Fact]
    public async Task Get_Home_ListsLatestWithKanalAndRelativeTime()
    {
        var page = await _client.GetDocumentAsync("/");
        var latest = page.QuerySelectorAll("#terkini-heading + .story-list li");

        var first = latest[0];
        Assert.Equal(SeedArticle.FirstRelatedTitle, first.QuerySelector("h3 a")!.Text());
        Assert.Equal("Internasional", first.QuerySelector(".kanal-label")!.Text());
        Assert.Equal("2 jam lalu", first.QuerySelector("time")!.Text());
    }

    [Fact]
    public async Task Get_Home_PilihanEditorIsTheEditorsOwn_NotTheImportedPagesPick()
    {
        var page = await _client.GetDocumentAsync("/");

        // The seed page's "Pilihan Editor" stays on its own story (issue 19: every import used to add its pick here).
        var picks = page.QuerySelectorAll("aside.home-side li h3 a").Select(a => a.Text());
        Assert.DoesNotContain(SeedArticle.PickTitle, picks);
        var story = await _client.GetDocumentAsync(await factory.UrlOfAsync(SeedArticle.Title));
        Assert.Equal(SeedArticle.PickTitle, story.QuerySelector(".editors-pick a")?.Text());
    }

    [Fact]
    public async Task Get_StaticFileFromTopLevelWebRoot_IsServedWithSecurityHeaders()
    {
        using var response = await _client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--red", await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Get_Page_SendsSecurityHeaders()
    {
        using var response = await _client.GetAsync("/");

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/.git/HEAD")]
    [InlineData("/data/tempo.db")]
    [InlineData("/TempoClone.Web.dll")]
    public async Task Get_ServerFiles_AreNotServed(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
