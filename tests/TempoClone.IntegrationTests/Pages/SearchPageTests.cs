using AngleSharp.Dom;
using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

public class SearchPageTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<AngleSharp.Dom.IDocument> SearchAsync(string query) =>
        await factory.CreateReaderClient().GetDocumentAsync("/search?" + query);

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".search-results-list h2 a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task Search_FindsTitleDeckAndBodyWithHighlightedExcerpt()
    {
        var page = await SearchAsync("q=korea+utara");

        Assert.Contains(SeedArticle.Title, Titles(page));
        Assert.Contains(page.QuerySelectorAll(".search-excerpt mark"), m => m.TextContent.Equals("Korea", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_MatchesPrefixesAndIgnoresCaseAndDiacritics()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Kafe Baru di Kemang");
        fields["Input.Body"] = "Pengunjung menyukai Café Crème yang dibuka pekan lalu.";
        await editor.CreateArticleAsync(fields);

        Assert.Contains(SeedArticle.Title, Titles(await SearchAsync("q=AMUNI")));
        Assert.Contains("Kafe Baru di Kemang", Titles(await SearchAsync("q=cafe+creme")));
        Assert.Contains("Kafe Baru di Kemang", Titles(await SearchAsync("q=CAFÉ")));
    }

    [Fact]
    public async Task Search_RanksTitleMatchesFirst()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var body = EditorActions.ArticleFields("Laporan Cuaca Mingguan");
        body["Input.Body"] = "Menurut BMKG, zamrudkhatulistiwa tetap cerah.";
        await editor.CreateArticleAsync(body);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Zamrudkhatulistiwa Jadi Sorotan"));

        var titles = Titles(await SearchAsync("q=zamrudkhatulistiwa"));

        Assert.Equal(["Zamrudkhatulistiwa Jadi Sorotan", "Laporan Cuaca Mingguan"], titles);
    }

    [Fact]
    public async Task Search_FiltersByKanalAndDate()
    {
        Assert.Contains(SeedArticle.Title, Titles(await SearchAsync("q=amunisi&kanal=internasional&dari=2023-08-31&sampai=2023-08-31")));
        Assert.DoesNotContain(SeedArticle.Title, Titles(await SearchAsync("q=amunisi&dari=2023-09-01&sampai=2023-09-30")));
        Assert.Empty(Titles(await SearchAsync("q=amunisi&kanal=olahraga")));
    }

    [Fact]
    public async Task Search_SummaryOnlyStoryNeverRanksAboveAFullArticleWithTheSameMatch()
    {
        // Newer and with the word twice in its summary, but known only by that summary.
        await factory.AddArticleAsync("Kabar Gunungkembang Terbaru", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime, body: "");
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Kabar Gunungkembang Lengkap"));
        await factory.AddArticleAsync("Ringkasan Lain Soal Cuaca", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime, body: "");

        var page = await SearchAsync("q=gunungkembang");

        Assert.Equal(["Kabar Gunungkembang Lengkap", "Kabar Gunungkembang Terbaru"], Titles(page));
        Assert.Contains("Ringkasan", page.QuerySelectorAll(".search-results-list li")[1].QuerySelector(".story-meta")!.TextContent);
    }

    [Fact]
    public async Task Search_ExcerptComesFromTheTextNeverRepeatsTheHeadline()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Sengketa Lahan Cibiruwetan");
        fields["Input.Body"] = "Warga dan pengembang bertemu di balai desa untuk membahas batas tanah di Cibiruwetan.";
        await editor.CreateArticleAsync(fields);
        // A summary-only story whose summary is its title: nothing to add under the headline.
        var echo = await factory.AddArticleAsync("Cibiruwetan Bergema", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime, body: "");
        await factory.WithDbAsync(async db =>
        {
            (await db.Articles.FindAsync(echo.Id))!.Deck = "Cibiruwetan Bergema";
            return await db.SaveChangesAsync();
        });

        var page = await SearchAsync("q=cibiruwetan");
        var items = page.QuerySelectorAll(".search-results-list li").ToDictionary(li => li.QuerySelector("h2 a")!.TextContent);

        var excerpt = items["Sengketa Lahan Cibiruwetan"].QuerySelector(".search-excerpt")!.TextContent;
        Assert.Contains("balai desa", excerpt);
        Assert.DoesNotContain("Sengketa Lahan", excerpt);
        Assert.Null(items["Cibiruwetan Bergema"].QuerySelector(".search-excerpt"));
    }

    [Fact]
    public async Task Search_DateFilterTakesIndonesianDates_AndExplainsOneItCannotRead()
    {
        Assert.Contains(SeedArticle.Title, Titles(await SearchAsync("q=amunisi&dari=31/08/2023&sampai=31/8/2023")));
        Assert.DoesNotContain(SeedArticle.Title, Titles(await SearchAsync("q=amunisi&dari=01/09/2023&sampai=30/09/2023")));

        var page = await SearchAsync("q=amunisi&dari=2023-08-31&sampai=31-13-2023");
        Assert.Equal("31/08/2023", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#dari")!.Value);
        Assert.Equal("text", page.QuerySelector("#dari")!.GetAttribute("type"));
        Assert.Contains("tidak dikenali", page.QuerySelector(".field-error[role=alert]")!.TextContent);
        Assert.Contains("31-13-2023", page.QuerySelector(".field-error")!.TextContent);
        Assert.Contains(SeedArticle.Title, Titles(page));
    }

    [Fact]
    public async Task Search_NeverShowsDraftsOrScheduled()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Rahasiadapur Draf", status: "Draft"));
        var scheduled = EditorActions.ArticleFields("Rahasiadapur Terjadwal");
        scheduled["Input.PublishAt"] = "2030-01-01T08:00";
        await editor.CreateArticleAsync(scheduled);

        Assert.Empty(Titles(await SearchAsync("q=rahasiadapur")));
    }

    [Theory]
    [InlineData("q=%22")]
    [InlineData("q=%27%20OR%201%3D1--")]
    [InlineData("q=NEAR(a%20b)%20OR%20title%3Ax%20*")]
    [InlineData("q=%25%25%25%25")]
    [InlineData("q=-")]
    [InlineData("q=")]
    [InlineData("page=-1&q=korea")]
    [InlineData("page=1000000&q=korea")]
    [InlineData("q=korea&dari=tidak-tanggal&sampai=2023-99-99")]
    public async Task Search_OddInput_GetsANormalPage(string query)
    {
        using var response = await factory.CreateReaderClient().GetAsync("/search?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cari berita", (await HtmlDocuments.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Search_HugeQuery_IsFastAndNormal()
    {
        var client = factory.CreateReaderClient();
        // Warm the app first: the budget is for the hostile query, not for a cold start on a busy machine.
        (await client.GetAsync("/search?q=korea")).Dispose();
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.GetAsync("/search?q=" + string.Join("+", Enumerable.Repeat("korea", 1500)));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.RequestUriTooLong, $"answered {(int)response.StatusCode}");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }
}
