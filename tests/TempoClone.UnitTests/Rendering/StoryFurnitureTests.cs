using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class StoryFurnitureTests
{
    private static IDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(MarkdownRenderer.ToSafeHtml(markdown).Value!);

    [Fact]
    public void PullQuote_IsAFigureWithBlockquote_AndItsSourceAsCaption()
    {
        var page = Render(":::kutipan\nKami tidak akan **mundur** dari pesisir.\n\n— Siti Aminah, nelayan Muara Angke\n:::");
        var quote = page.QuerySelector("figure.pull-quote")!;
        Assert.Equal("Kami tidak akan mundur dari pesisir.", quote.QuerySelector("blockquote p")!.TextContent);
        Assert.NotNull(quote.QuerySelector("blockquote strong"));
        Assert.Equal("Siti Aminah, nelayan Muara Angke", quote.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void KeyPoints_AndFactBox_AreAsidesWithAHeadingAndTheirContent()
    {
        var page = Render(":::poin\n- Tanggul jebol 20 meter.\n- 300 rumah terendam.\n:::\n\n:::fakta Bendungan Katulampa\n- Dibangun: 1911\n- Tinggi muka air siaga: 150 cm\n:::\n\n:::fakta\nTanpa judul.\n:::");
        var points = page.QuerySelector("aside.key-points")!;
        Assert.Equal("Poin penting", points.QuerySelector("h2.furniture-title")!.TextContent);
        Assert.Equal(2, points.QuerySelectorAll("ul li").Length);
        var facts = page.QuerySelectorAll("aside.fact-box");
        Assert.Equal("Bendungan Katulampa", facts[0].QuerySelector("h2")!.TextContent);
        Assert.Equal("Fakta", facts[1].QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void Interview_MarksQuestions_AndLeavesAnswersPlain()
    {
        var page = Render(":::wawancara\nT: Kapan tanggul diperbaiki?\n\nJ: Pekan depan, setelah air surut.\n\nTanya: Berapa biayanya?\n\nJawab: Sekitar Rp 2 miliar.\n:::");
        var interview = page.QuerySelector("div.interview")!;
        Assert.Equal(["Kapan tanggul diperbaiki?", "Berapa biayanya?"], interview.QuerySelectorAll("p.interview-question").Select(p => p.TextContent));
        Assert.Equal(["Pekan depan, setelah air surut.", "Sekitar Rp 2 miliar."], interview.QuerySelectorAll("p.interview-answer").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData(":::catatan\nTeks biasa.\n:::")]
    [InlineData("::: kutipan\" onclick=\"alert(1)\nTeks biasa.\n:::")]
    [InlineData(":::fakta <script>alert(1)</script>\nTeks biasa.\n:::")]
    public void UnknownOrHostileFences_KeepTheirText_WithNoForeignClassOrAttribute(string markdown)
    {
        var page = Render(markdown);
        Assert.Contains("Teks biasa.", page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, [onclick]"));
        Assert.All(page.QuerySelectorAll("[class]"), e => Assert.All(e.ClassList, c => Assert.Contains(c, StoryFurniture.Classes)));
    }

    [Fact]
    public void DoubleColonsInText_AreLeftAlone() =>
        Assert.Equal("<p>Skor akhir 2::1 dan ::sorotan:: tetap.</p>", MarkdownRenderer.ToSafeHtml("Skor akhir 2::1 dan ::sorotan:: tetap.").Value!.TrimEnd());

    [Theory]
    [InlineData("![Banjir di Kampung Melayu](https://foto.example/banjir.jpg)", "https://foto.example/banjir.jpg", "Banjir di Kampung Melayu")]
    [InlineData("![](https://foto.example/banjir.jpg)", "https://foto.example/banjir.jpg", "https://foto.example/banjir.jpg")]
    public void ExternalImage_IsAPlainLink_NeverAnImageNorDropped(string markdown, string href, string text)
    {
        var link = Render(markdown).QuerySelector("a")!;
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Empty(Render(markdown).QuerySelectorAll("img"));
    }

    [Fact]
    public void ImageWithoutAWebAddress_KeepsItsDescriptionAsText() =>
        Assert.Equal("<p>Peta lokasi</p>", MarkdownRenderer.ToSafeHtml("![Peta lokasi](javascript:alert(1))").Value!.TrimEnd());
}
