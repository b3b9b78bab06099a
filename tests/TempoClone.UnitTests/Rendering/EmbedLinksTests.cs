using AngleSharp.Html.Parser;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class EmbedLinksTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("http://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://www.youtube.com/shorts/a1B2c3D4e5F", "https://www.youtube-nocookie.com/embed/a1B2c3D4e5F?autoplay=1")]
    [InlineData("https://x.com/tempodotco/status/1789012345678901234", "https://platform.twitter.com/embed/Tweet.html?id=1789012345678901234&dnt=true")]
    [InlineData("https://twitter.com/tempodotco/status/1789012345678901234", "https://platform.twitter.com/embed/Tweet.html?id=1789012345678901234&dnt=true")]
    [InlineData("https://www.instagram.com/p/C1a2B3c4D5e/", "https://www.instagram.com/p/C1a2B3c4D5e/embed/")]
    [InlineData("https://instagram.com/reel/C1a2B3c4D5e", "https://www.instagram.com/reel/C1a2B3c4D5e/embed/")]
    [InlineData("https://www.tiktok.com/@tempo.co/video/7301234567890123456", "https://www.tiktok.com/player/v1/7301234567890123456")]
    [InlineData("https://www.facebook.com/TempoMedia/videos/123456789012345/", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2FTempoMedia%2Fvideos%2F123456789012345%2F")]
    [InlineData("https://www.facebook.com/watch/?v=123456789012345", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D123456789012345")]
    [InlineData("https://www.google.com/maps/@-6.1753924,106.8271528,15z", "https://www.google.com/maps?q=-6.1753924,106.8271528&z=15&output=embed")]
    [InlineData("https://www.google.com/maps/place/Monas/@-6.1753924,106.8271528,17z/data=!3m1", "https://www.google.com/maps?q=-6.1753924,106.8271528&z=17&output=embed")]
    [InlineData("https://www.google.com/maps/embed?pb=!1m18!1m12!2sMonas!5e0", "https://www.google.com/maps/embed?pb=%211m18%211m12%212sMonas%215e0")]
    public void Parse_KnownProviderLink_GivesItsFrameAddress(string link, string frame) =>
        Assert.Equal(frame, EmbedLink.Parse(link)!.FrameUrl);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("javascript://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("data:text/html,https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("ftp://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evilyoutube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.example@youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"x")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgX'Q")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=aaaaaaaaaaa")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ/extra")]
    [InlineData("https://www.youtube.com/embed/..%2F..%2Fevil")]
    [InlineData("https://x.com/tempo/status/12ab")]
    [InlineData("https://x.com/tempo\"x/status/123")]
    [InlineData("https://x.com.evil.example/tempo/status/123")]
    [InlineData("https://www.instagram.com/p/<script>/")]
    [InlineData("https://www.instagram.com/evil/p/C1a2B3c4D5e/")]
    [InlineData("https://www.tiktok.com/tempo/video/7301234567890123456")]
    [InlineData("https://www.facebook.com/TempoMedia/posts/123")]
    [InlineData("https://www.google.com/maps/@-96.1,106.8,15z")]
    [InlineData("https://www.google.com/search?q=maps")]
    [InlineData("https://www.google.com/maps/embed?pb=\"><script>")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ extra")]
    public void Parse_AnythingElse_IsNoEmbed(string link) => Assert.Null(EmbedLink.Parse(link));

    [Fact]
    public void EveryFrameAddress_IsOnAHostTheCspAllows()
    {
        foreach (var link in new[] { "https://youtu.be/dQw4w9WgXcQ", "https://x.com/a/status/1", "https://www.instagram.com/p/abcde/",
                     "https://www.tiktok.com/@a/video/1", "https://www.facebook.com/a/videos/1", "https://www.google.com/maps/@1,2,3z" })
            Assert.Contains(new Uri(EmbedLink.Parse(link)!.FrameUrl).Host, EmbedLink.FrameHosts);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("<https://www.youtube.com/watch?v=dQw4w9WgXcQ>")]
    [InlineData("[Pidato di Senayan](https://youtu.be/dQw4w9WgXcQ)")]
    [InlineData("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?si=x\" title=\"YouTube video player\" allowfullscreen></iframe>")]
    public void LinkOnItsOwnLine_IsStoredAsALink_AndShownAsAFacade(string markdown)
    {
        var stored = MarkdownRenderer.ToSafeHtml("Paragraf pembuka.\n\n" + markdown + "\n\nParagraf penutup.").Value!;
        Assert.DoesNotContain("iframe", stored);
        Assert.Contains("<a href=\"https://", stored);

        var shown = new HtmlParser().ParseDocument(EmbedFacades.Apply(stored, out var hasEmbeds).Value!);
        Assert.True(hasEmbeds);
        var facade = shown.QuerySelector("figure.embed-youtube a.embed-facade")!;
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", facade.GetAttribute("href"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", facade.GetAttribute("data-embed-src"));
        Assert.Empty(shown.QuerySelectorAll("iframe, img, script"));
        Assert.Equal(2, shown.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void LinkText_IsTheTitle_AndIsEncoded()
    {
        var stored = MarkdownRenderer.ToSafeHtml("[Video <b>\"banjir\"</b> & hujan](https://youtu.be/dQw4w9WgXcQ)").Value!;
        var shown = new HtmlParser().ParseDocument(EmbedFacades.Apply(stored, out _).Value!);
        Assert.Equal("Video <b>\"banjir\"</b> & hujan", shown.QuerySelector(".embed-title")!.TextContent);
        Assert.Empty(shown.QuerySelectorAll("b"));
    }

    [Theory]
    [InlineData("Tonton https://www.youtube.com/watch?v=dQw4w9WgXcQ di sini.")]
    [InlineData("[klik](https://youtu.be/dQw4w9WgXcQ) dan [lain](https://youtu.be/dQw4w9WgXcQ)")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("[tautan](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://evil.example/embed/dQw4w9WgXcQ\"></iframe>")]
    [InlineData("    https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    public void LinkInsideText_OrNotAProvider_StaysAsItIs(string markdown)
    {
        var stored = MarkdownRenderer.ToSafeHtml(markdown).Value!;
        Assert.Equal(stored, EmbedFacades.Apply(stored, out var hasEmbeds).Value);
        Assert.False(hasEmbeds);
        Assert.DoesNotContain("<iframe", stored);
    }
}
