using AngleSharp.Html.Parser;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class InlinePhotosTests
{
    private const string Path = "2026/0123456789abcdef0123456789abcdef.jpg";

    private static InlinePhoto? Stored(string path) => path == Path ? new InlinePhoto(path, 1600, 900) : null;

    private static AngleSharp.Dom.IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;

    [Fact]
    public void PhotoOnItsOwnLine_IsAFigureWithAPlainImageCaptionAndCredit()
    {
        var html = MarkdownRenderer.ToSafeHtml($"Sebelum.\n\n![Pasar <b>pagi</b> & ramai](foto:{Path} \"TEMPO/Nama \\\"Foto\\\"\")\n\nSesudah.", Stored).Value!;

        var figure = Body(html).QuerySelector("figure.inline-photo")!;
        var img = figure.QuerySelector("img")!;
        Assert.Equal("/media/" + Path, img.GetAttribute("src"));
        Assert.Equal(("1600", "900", "lazy"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")));
        Assert.Equal("Pasar <b>pagi</b> & ramai", img.GetAttribute("alt"));
        Assert.Equal("Pasar <b>pagi</b> & ramai", figure.QuerySelector(".caption")!.TextContent);
        Assert.Equal("TEMPO/Nama \"Foto\"", figure.QuerySelector(".credit")!.TextContent);
        Assert.Null(figure.QuerySelector("b"));
        Assert.Equal([Path], InlinePhotos.PathsIn(html));
    }

    [Fact]
    public void ReaderPage_GetsAPictureWithRenditions()
    {
        var html = InlinePhotos.Apply(MarkdownRenderer.ToSafeHtml($"![Pasar](foto:{Path})", Stored).Value!);

        var picture = Body(html).QuerySelector("figure.inline-photo picture.photo")!;
        Assert.Contains("-320.webp 320w", picture.QuerySelector("source")!.GetAttribute("srcset"));
        var img = picture.QuerySelector("img")!;
        Assert.Contains("-800.jpg 800w", img.GetAttribute("srcset"));
        Assert.Equal(PhotoImageTagHelper.LeadSizes, img.GetAttribute("sizes"));
        Assert.Equal("Pasar", img.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("![Tidak tersimpan](foto:2026/ffffffffffffffffffffffffffffffff.jpg)")] // not a stored photo
    [InlineData("![Jalan keluar](foto:../../appsettings.json)")] // not a photo's name at all
    [InlineData("![Di tengah](foto:" + Path + ") kalimat")] // not on a line of its own
    [InlineData("![Skema lain](javascript:alert(1))")]
    public void AnythingElse_KeepsItsCaptionAsTextAndHasNoImage(string markdown)
    {
        var html = MarkdownRenderer.ToSafeHtml(markdown, Stored).Value!;

        Assert.Null(Body(html).QuerySelector("img"));
        Assert.Empty(InlinePhotos.PathsIn(html));
    }

    [Fact]
    public void WithoutALookup_NoPhotoIsShown()
    {
        Assert.Null(Body(MarkdownRenderer.ToSafeHtml($"![Pasar](foto:{Path})").Value!).QuerySelector("img"));
    }

    [Fact]
    public void ALookupThatAnswersAnotherPlace_IsStillNoImage()
    {
        // CASE: the sanitiser keeps an image only when its source is a stored photo's name under /media.
        var html = MarkdownRenderer.ToSafeHtml($"![Pasar](foto:{Path})", _ => new InlinePhoto("../rahasia.jpg", 10, 10)).Value!;

        Assert.Null(Body(html).QuerySelector("img"));
    }
}
