using System.Net;
using AngleSharp.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

public class ArticlePageTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    private async Task<IDocument> SeededArticleAsync() => await _client.GetDocumentAsync(await factory.UrlOfAsync(SeedArticle.Title));

    [Fact]
    public async Task Get_SeededArticle_ShowsHeaderPartsInTempoOrder()
    {
        var page = await SeededArticleAsync();
        var article = page.QuerySelector("main article.article")!;

        var kanal = article.QuerySelector(".kanal-label")!;
        var title = article.QuerySelector("h1")!;
        var reporter = article.QuerySelector(".byline-reporter")!;
        var time = article.QuerySelector(".dateline time")!;
        var figure = article.QuerySelector("figure.lead-photo")!;
        var body = article.QuerySelector(".article-body")!;

        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Internasional", kanal.Text());
        Assert.Equal("/internasional", kanal.GetAttribute("href"));
        Assert.Equal(SeedArticle.Title, title.Text());
        Assert.Equal("Reporter Tempo.co", reporter.Text());
        // The seed names its reporter ("Tempo.co"), so no unlabelled site name stands under it.
        Assert.Null(article.QuerySelector(".byline-site"));
        Assert.Equal("Kamis, 31 Agustus 2023 17:06 WIB", time.Text());
        Assert.Equal("2023-08-31T17:06:00+07:00", time.GetAttribute("datetime"));
        AssertInDocumentOrder(kanal, title, reporter, time, figure, body);
    }

    [Fact]
    public async Task Get_ArticleWithoutReporter_SiteNameStandsAsTheLabelledByline()
    {
        var title = $"Tanpa Nama Reporter {Guid.NewGuid():N}";
        await factory.AddArticleAsync(title, ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1));

        var page = await _client.GetDocumentAsync(await factory.UrlOfAsync(title));

        var byline = page.QuerySelector("article.article .byline-reporter")!;
        Assert.Equal("Reporter TempoClone", byline.Text());
        Assert.Equal("Reporter", byline.QuerySelector(".byline-label")!.Text());
        Assert.Single(page.QuerySelectorAll("article.article .byline p:not(.dateline)"));
    }

    [Fact]
    public async Task Get_ArticleWithoutPickedRelated_FillsWithSharedTagFirstThenNewestOfItsKanal()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var kanal = "Isi Terkait " + key;
        var start = TempoAppFactory.StartTime.UtcDateTime;
        var main = await factory.AddArticleAsync($"Utama isian terkait {key}", ArticleStatus.Published, start.AddHours(-5), kanal: kanal);
        var sharesTag = await factory.AddArticleAsync($"Berbagi tag {key}", ArticleStatus.Published, start.AddDays(-3));
        var newestOfKanal = await factory.AddArticleAsync($"Terbaru sekanal {key}", ArticleStatus.Published, start.AddHours(-1), kanal: kanal);
        var olderOfKanal = await factory.AddArticleAsync($"Lama sekanal {key}", ArticleStatus.Published, start.AddDays(-2), kanal: kanal);
        await factory.WithDbAsync(db =>
        {
            var tag = new Tag { Name = "Tag isian " + key, Slug = "tag-isian-" + key };
            db.Set<ArticleTag>().AddRange(new ArticleTag { ArticleId = main.Id, Tag = tag }, new ArticleTag { ArticleId = sharesTag.Id, Tag = tag });
            return db.SaveChangesAsync();
        });

        var page = await _client.GetDocumentAsync(await factory.UrlOfAsync(main.Title));
        var related = page.QuerySelectorAll(".related-list .story-title").Select(t => t.Text().Trim()).ToList();

        Assert.Equal([sharesTag.Title, newestOfKanal.Title, olderOfKanal.Title], related);
    }

    [Fact]
    public async Task Get_SeededArticleWithoutImage_ShowsCaptionAndCreditWithoutAnEmptyBox()
    {
        var page = await SeededArticleAsync();
        var figure = page.QuerySelector("figure.lead-photo.caption-only")!;

        Assert.Null(figure.QuerySelector("img, [role=img], .photo-placeholder"));
        Assert.DoesNotContain("Foto tidak tersedia", page.Body!.TextContent);
        Assert.StartsWith("Pemimpin Korea Utara Kim Jong Un", figure.QuerySelector("figcaption .caption")!.Text());
        Assert.EndsWith("oleh Kantor Berita Pusat Korea Utara (KCNA).", figure.QuerySelector("figcaption .caption")!.Text());
        Assert.Equal("KCNA melalui REUTERS", figure.QuerySelector("figcaption .credit")!.Text());
    }

    [Fact]
    public async Task Get_SeededArticle_ShowsBodySourceAndPick()
    {
        var page = await SeededArticleAsync();
        var paragraphs = page.QuerySelectorAll(".article-body p").Select(p => p.Text()).ToList();
        var source = page.QuerySelector(".source-line")!;
        var pick = page.QuerySelector(".editors-pick")!;

        Assert.StartsWith("TEMPO.CO, Jakarta - Hubungan antara Rusia dan Korea Utara kian dekat.", paragraphs[0]);
        Assert.Equal(9, paragraphs.Count);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Advertising"));
        Assert.Equal("REUTERS", source.Text());
        Assert.StartsWith("Pilihan Editor:", pick.Text());
        Assert.Equal(SeedArticle.PickTitle, pick.QuerySelector("a")!.Text());
        AssertInDocumentOrder(page.QuerySelector(".article-body")!, source, pick, page.QuerySelector("section.related")!);
    }

    [Fact]
    public async Task Get_SeededArticle_ListsRelatedStoriesAsTempo_TitleTimeAndSummaryOnlyForTheFirst()
    {
        var page = await SeededArticleAsync();
        var related = page.QuerySelector("section.related")!;
        var items = related.QuerySelectorAll("li.story-item");

        Assert.Equal("Berita terkait", related.QuerySelector("h2")!.Text());
        Assert.Equal(SeedArticle.RelatedTimes, items.Select(i => i.QuerySelector("time")!.Text()));

        var first = items[0];
        Assert.Equal(SeedArticle.FirstRelatedTitle, first.QuerySelector("h3 a")!.Text());
        Assert.Equal(SeedArticle.FirstRelatedSummary, first.QuerySelector(".story-deck")!.Text());
        Assert.All(items.Take(3), i => Assert.NotNull(i.QuerySelector(".story-deck")));
        Assert.All(items.Skip(3), i => Assert.Null(i.QuerySelector(".story-deck")));
        // One link per story: no "Baca Selengkapnya" repeated under every item.
        Assert.Empty(related.QuerySelectorAll("a.read-more"));
        Assert.DoesNotContain("Baca Selengkapnya", related.TextContent);
        Assert.All(items, i => Assert.Single(i.QuerySelectorAll("a")));
    }

    [Fact]
    public async Task Get_EveryRelatedStoryAndThePick_HasItsOwnPage()
    {
        var page = await SeededArticleAsync();
        var links = page.QuerySelectorAll("section.related h3 a, .editors-pick a").ToList();
        Assert.Equal(11, links.Count);

        foreach (var link in links)
        {
            var story = await _client.GetDocumentAsync(link.GetAttribute("href")!);
            Assert.Equal(link.Text(), story.QuerySelector("h1")!.Text());
            Assert.NotNull(story.QuerySelector(".dateline time[datetime]"));
        }

        var first = await _client.GetDocumentAsync(page.QuerySelector("section.related h3 a")!.GetAttribute("href")!);
        Assert.Equal(SeedArticle.FirstRelatedSummary, first.QuerySelector(".article-summary-only .story-deck")!.Text());
    }

    [Theory]
    [InlineData("/internasional/judul-lama-{id}")]
    [InlineData("/nasional/makin-mesra-rusia-rayu-korea-utara-agar-mau-jual-amunisi-{id}")]
    [InlineData("/internasional/{id}")]
    [InlineData("/INTERNASIONAL/Makin-Mesra-{id}")]
    public async Task Get_NonCanonicalUrl_Redirects301ToCanonical(string template)
    {
        var canonical = await factory.UrlOfAsync(SeedArticle.Title);
        var id = canonical[(canonical.LastIndexOf('-') + 1)..];

        using var response = await _client.GetAsync(template.Replace("{id}", id) + "?utm=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical + "?utm=x", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/internasional/tidak-ada-999999")]
    [InlineData("/internasional/makin-mesra")]
    [InlineData("/internasional/makin-mesra-0")]
    [InlineData("/internasional/makin-mesra-99999999999999999999")]
    [InlineData("/internasional/--")]
    [InlineData("/internasional/%27%20OR%201=1--")]
    [InlineData("/a/b/c")]
    [InlineData("/kanal-yang-tidak-ada")]
    [InlineData("/internasional/makin-mesra-1/extra")]
    public async Task Get_UnknownOrMalformedPath_Returns404PageInIndonesian(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Halaman tidak ditemukan", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_OverlongPath_IsNeverAServerError()
    {
        using var response = await _client.GetAsync("/internasional/" + new string('a', 6000) + "-1");

        Assert.True((int)response.StatusCode is 404 or 414, $"answered {(int)response.StatusCode}");
    }

    private static void AssertInDocumentOrder(params IElement[] elements)
    {
        for (var i = 1; i < elements.Length; i++)
            Assert.True(elements[i - 1].CompareDocumentPosition(elements[i]).HasFlag(DocumentPositions.Following),
                $"<{elements[i - 1].ClassName}> should come before <{elements[i].ClassName}>");
    }
}
