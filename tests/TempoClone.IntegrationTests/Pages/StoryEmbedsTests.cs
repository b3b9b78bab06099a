using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Issue 22: a provider's link on its own line is a facade on the reader page and a plain link elsewhere.</summary>
public class StoryEmbedsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string Body = """
        TEMPO.CO, Jakarta - Paragraf pembuka tentang banjir di pesisir.

        https://www.youtube.com/watch?v=dQw4w9WgXcQ

        [Unggahan wali kota soal pompa air](https://x.com/tempodotco/status/1789012345678901234)

        https://www.instagram.com/p/C1a2B3c4D5e/

        https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ

        [tautan jahat](javascript:alert(1))

        https://www.youtube.com/watch?v=dQw4w9WgX"Q

        <iframe src="https://evil.example/embed/x"></iframe>

        Paragraf penutup.
        """;

    private async Task<(int Id, string Url)> StoryAsync()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Banjir Pesisir Tersemat " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = Body;
        var id = await editor.CreateArticleAsync(fields);
        return (id, await factory.UrlOfAsync(title));
    }

    [Fact]
    public async Task ReaderPage_ShowsAFacadePerKnownLink_WithNoFrameNoThirdPartyAddressButTheLinks_AndTheScript()
    {
        var (_, url) = await StoryAsync();
        using var response = await factory.CreateReaderClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);

        var facades = page.QuerySelectorAll(".article-body figure.embed a.embed-facade");
        Assert.Equal(["YouTube", "X (Twitter)", "Instagram"], facades.Select(f => f.QuerySelector(".embed-provider")!.TextContent));
        Assert.Equal("Unggahan wali kota soal pompa air", facades[1].QuerySelector(".embed-title")!.TextContent);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", facades[0].GetAttribute("data-embed-src"));
        Assert.Empty(page.QuerySelectorAll("iframe"));
        // Nothing on the page loads from a provider: no src, srcset or stylesheet outside the site.
        Assert.All(page.QuerySelectorAll("[src], [srcset], link[rel=stylesheet]"), e =>
            Assert.DoesNotMatch("^(https?:)?//", e.GetAttribute("src") ?? e.GetAttribute("srcset") ?? e.GetAttribute("href") ?? ""));
        Assert.Single(page.QuerySelectorAll("script[src^='/js/embeds.js']"));

        // The look-alike host, the script link, the id with a quote and the foreign iframe are no embeds.
        var body = page.QuerySelector(".article-body")!;
        Assert.Contains("www.youtube.com.evil.example", body.TextContent);
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(body.QuerySelectorAll("[data-embed-src]"), a => a.GetAttribute("data-embed-src")!.Contains('"') || a.GetAttribute("data-embed-src")!.Contains("evil"));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://platform.twitter.com https://www.instagram.com https://www.tiktok.com https://www.facebook.com https://www.google.com;", csp);
        Assert.Contains("script-src 'self';", csp);
    }

    [Fact]
    public async Task Api_AndAStoryWithoutEmbeds_GetPlainLinks_AndNoScript()
    {
        var (id, _) = await StoryAsync();
        using var api = await factory.CreateReaderClient().GetAsync("/api/articles/" + id);
        var bodyHtml = JsonSerializer.Deserialize<JsonElement>(await api.Content.ReadAsStringAsync()).GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>", bodyHtml);
        Assert.DoesNotContain("embed-facade", bodyHtml);
        Assert.DoesNotContain("<iframe", bodyHtml);

        var plain = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(SeedArticle.Title));
        Assert.Empty(plain.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task EveryProvider_AndEveryPieceOfFurniture_ReachTheReaderPage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Perabot Lengkap " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = StoryFixtures.EmbedsAndFurniture;
        await editor.CreateArticleAsync(fields);
        var page = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(title));

        var body = page.QuerySelector(".article-body")!;
        Assert.Equal(["YouTube", "X (Twitter)", "Instagram", "TikTok", "Facebook", "Google Maps"],
            body.QuerySelectorAll(".embed-provider").Select(p => p.TextContent));
        Assert.Equal(2, body.QuerySelectorAll("aside.key-points li").Length);
        Assert.Equal("Siti Aminah, nelayan Muara Angke", body.QuerySelector("figure.pull-quote figcaption")!.TextContent);
        Assert.Equal("Kapan tanggul diperbaiki?", body.QuerySelector(".interview p.interview-question")!.TextContent);
        Assert.Equal("Tanggul Muara Baru", body.QuerySelector("aside.fact-box h2")!.TextContent);
    }

    [Fact]
    public async Task EditorsPratinjau_ShowsTheFacadesAndFurniture_AsReadersWillSeeThem()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Pratinjau Sematan", "Draft");
        fields["Input.Body"] = StoryFixtures.EmbedsAndFurniture;
        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, "button[formaction*='handler=Preview']");
        var preview = (await HtmlDocuments.ParseAsync(response)).QuerySelector("section.preview .article-body")!;
        Assert.Equal(6, preview.QuerySelectorAll("figure.embed a.embed-facade").Length);
        Assert.NotNull(preview.QuerySelector("aside.key-points"));
        Assert.Empty(preview.QuerySelectorAll("iframe"));
    }
}
