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
    public async Task Indeks_ShowsADayHeadingClockTimesAndTheDaysAround()
    {
        var day = await _reader.GetDocumentAsync("/indeks?tanggal=31/08/2023&kanal=internasional");

        var section = day.QuerySelector(".indeks-day")!;
        Assert.Equal("Kamis, 31 Agustus 2023", section.QuerySelector("h2")!.TextContent);
        var seed = section.QuerySelectorAll(".story-item").Single(i => i.QuerySelector(".story-title")!.TextContent == SeedArticle.Title);
        Assert.Equal("17:06 WIB", seed.QuerySelector(".story-meta time")!.TextContent);
        Assert.Equal("/indeks?tanggal=2023-08-30&kanal=internasional", day.QuerySelector(".day-nav .day-prev")!.GetAttribute("href"));
        Assert.Equal("/indeks?tanggal=2023-09-01&kanal=internasional", day.QuerySelector(".day-nav .day-next")!.GetAttribute("href"));

        // Today's index has the day before and no day still to come.
        var latest = await _reader.GetDocumentAsync("/indeks");
        Assert.NotNull(latest.QuerySelector(".day-nav .day-prev"));
        Assert.Null(latest.QuerySelector(".day-nav .day-next"));
        Assert.NotEmpty(latest.QuerySelectorAll(".indeks-day h2"));
    }

    [Fact]
    public async Task KanalMenu_MarksTheKanalTheReaderIsIn()
    {
        var kanal = await _reader.GetDocumentAsync("/internasional");
        var article = await _reader.GetDocumentAsync(await factory.UrlOfAsync(SeedArticle.Title));
        var home = await _reader.GetDocumentAsync("/");

        Assert.Equal("Internasional", kanal.QuerySelector(".kanal-bar a[aria-current=page]")!.TextContent);
        Assert.Equal("Internasional", article.QuerySelector(".kanal-bar a[aria-current=true]")!.TextContent);
        Assert.Equal("Beranda", home.QuerySelector(".kanal-bar a[aria-current=page]")!.TextContent);
        Assert.Single(kanal.QuerySelectorAll(".kanal-bar a[aria-current]"));
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
        Assert.Equal("Topik", tagPage.QuerySelector("h1 .page-title-label")!.TextContent);
        Assert.StartsWith("Topik: Pemilu 2029", tagPage.Title);
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
