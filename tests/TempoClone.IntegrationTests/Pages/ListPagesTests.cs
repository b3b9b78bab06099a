using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

public class ListPagesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".story-list .story-title a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task Indeks_ListsByDateAndFiltersByDayAndKanal()
    {
        Assert.Contains(SeedArticle.FirstRelatedTitle, Titles(await _reader.GetDocumentAsync("/indeks")));

        var day = await _reader.GetDocumentAsync("/indeks?tanggal=2023-08-31");
        Assert.Contains(SeedArticle.Title, Titles(day));
        Assert.DoesNotContain(SeedArticle.FirstRelatedTitle, Titles(day));
        Assert.Equal("Indeks Berita 31 Agustus 2023", day.QuerySelector("h1")!.TextContent);

        Assert.Empty(Titles(await _reader.GetDocumentAsync("/indeks?kanal=olahraga")));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/indeks?tanggal=bukan&page=-3")).StatusCode);
    }

    [Fact]
    public async Task TagAndReporterPages_ListTheirStoriesAndArticlesLinkToThem()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Tag Dan Penulis Halaman");
        fields["Input.Tags"] = "Pemilu 2029";
        fields["Input.Reporters"] = "Rina Kartika";
        await editor.CreateArticleAsync(fields);
        var article = await _reader.GetDocumentAsync(await factory.UrlOfAsync("Tag Dan Penulis Halaman"));

        var tagLink = article.QuerySelector(".tag-list a")!;
        Assert.Equal("/tag/pemilu-2029", tagLink.GetAttribute("href"));
        var tagPage = await _reader.GetDocumentAsync("/tag/pemilu-2029");
        Assert.Contains("Pemilu 2029", tagPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Tag Dan Penulis Halaman"], Titles(tagPage));

        Assert.Equal("/penulis/rina-kartika", article.QuerySelector(".byline-reporter a")!.GetAttribute("href"));
        var reporterPage = await _reader.GetDocumentAsync("/penulis/rina-kartika");
        Assert.Equal(["Tag Dan Penulis Halaman"], Titles(reporterPage));
        Assert.Contains(SeedArticle.Title, Titles(await _reader.GetDocumentAsync("/penulis/tempo-co")));
    }

    [Theory]
    [InlineData("/tag/tidak-ada")]
    [InlineData("/penulis/tidak-ada")]
    public async Task UnknownTagOrReporter_Is404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(path)).StatusCode);
    }
}
