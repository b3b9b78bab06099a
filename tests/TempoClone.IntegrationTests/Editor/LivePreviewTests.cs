using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>The article form's live preview endpoint: the typed article, drawn as the reader's page draws it, saved nowhere.</summary>
public class LivePreviewTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string Url = "/editor/articles/livepreview";

    private async Task<string> KanalIdAsync() =>
        (await factory.WithDbAsync(db => db.Kanals.Where(k => k.Slug == "internasional").Select(k => k.Id).SingleAsync())).ToString();

    private async Task<(HttpResponseMessage Response, IDocument Fragment)> PreviewAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostWithTokenAsync(Url, fields);
        return (response, await HtmlDocuments.ParseAsync(response));
    }

    [Fact]
    public async Task Post_TypedArticle_DrawsHeaderPhotoAndBodyAndSavesNothing()
    {
        var title = $"Pratinjau Langsung {Guid.NewGuid():N}"[..36];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        // A stored photo from another story: the preview draws it with its renditions, as readers get it.
        var other = await editor.CreateArticleAsync(EditorActions.ArticleFields($"Foto pratinjau {Guid.NewGuid():N}"[..30], "Draft"), TestImages.PhotoField(TestImages.Png(900, 600)));
        var photoPath = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == other).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync());
        var fields = EditorActions.ArticleFields(title, "Draft");
        fields["Input.KanalId"] = await KanalIdAsync();
        fields["Input.Body"] = StoryFixtures.EmbedsAndFurniture;
        fields["Input.PhotoPath"] = photoPath;
        fields["Input.PhotoCaption"] = "Keterangan pratinjau.";
        fields["Input.PhotoCredit"] = "TEMPO/Pratinjau";
        fields["Input.PhotoAlt"] = "Alt pratinjau";

        var (response, fragment) = await PreviewAsync(editor, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var article = fragment.QuerySelector("article.article")!;
        Assert.Equal("Internasional", article.QuerySelector(".kanal-label")!.TextContent);
        Assert.Equal(title, article.QuerySelector("h1.article-title")!.TextContent);
        Assert.Equal("Ringkasan " + title, article.QuerySelector(".article-deck")!.TextContent);
        Assert.Equal("/penulis/sita-dewi", article.QuerySelector(".byline-reporter a")!.GetAttribute("href"));
        Assert.Contains("Andi Wijaya", article.QuerySelector(".byline-editor")!.TextContent);
        Assert.NotNull(article.QuerySelector(".dateline time"));
        var img = article.QuerySelector("figure.lead-photo picture img")!;
        Assert.Equal("/media/" + photoPath, img.GetAttribute("src"));
        Assert.Equal("Alt pratinjau", img.GetAttribute("alt"));
        Assert.NotNull(article.QuerySelector("figure.lead-photo source[srcset]"));
        Assert.Equal("TEMPO/Pratinjau", article.QuerySelector("figure.lead-photo .credit")!.TextContent);
        var body = article.QuerySelector(".article-body")!;
        Assert.NotNull(body.QuerySelector(".embed-facade"));
        Assert.NotNull(body.QuerySelector(".pull-quote"));
        Assert.Null(fragment.QuerySelector("iframe"));
        Assert.Equal("ANTARA", article.QuerySelector(".source-line")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Post_BodyAsSaved_IsTheReaderPagesBodyExactly()
    {
        var title = $"Pratinjau Sama {Guid.NewGuid():N}"[..32];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = StoryFixtures.EmbedsAndFurniture;
        await editor.CreateArticleAsync(fields);
        var reader = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(title));
        fields["Input.KanalId"] = await KanalIdAsync();

        var (_, fragment) = await PreviewAsync(editor, fields);

        Assert.Equal(reader.QuerySelector("article.article .article-body")!.InnerHtml, fragment.QuerySelector(".article-body")!.InnerHtml);
        Assert.Equal(reader.QuerySelector("article.article .kanal-label")!.OuterHtml, fragment.QuerySelector(".kanal-label")!.OuterHtml);
        Assert.Equal(reader.QuerySelector("article.article .byline-reporter")!.OuterHtml, fragment.QuerySelector(".byline-reporter")!.OuterHtml);
    }

    [Fact]
    public async Task Post_HostileText_IsDrawnHarmless()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        foreach (var payload in XssPayloads.All)
        {
            var (response, fragment) = await PreviewAsync(kontributor, XssPayloads.InEveryField("Serangan", payload));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            XssPayloads.AssertHarmless(fragment, payload);
        }
    }

    [Fact]
    public async Task Post_EmptyForm_DrawsAPlaceholderHeadline_AndTheFormWithoutTitleStillShowsThePanel()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        var (response, fragment) = await PreviewAsync(editor, new() { ["Input.Title"] = "", ["Input.Body"] = "" });
        using var form = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, new Dictionary<string, string> { ["Input.Title"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("(Belum ada judul)", fragment.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(" - TempoClone", (await HtmlDocuments.ParseAsync(form)).QuerySelector(".serp-title")!.TextContent);
    }

    [Fact]
    public async Task Post_BodyPastTheLimit_SaysWhyInIndonesian()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Terlalu panjang", "Draft");
        fields["Input.Body"] = new string('a', TempoClone.Web.Rendering.MarkdownRenderer.MaxLength + 1);

        var (response, fragment) = await PreviewAsync(editor, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Isi artikel paling panjang", fragment.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(fragment.QuerySelector(".article-body"));
    }

    [Fact]
    public async Task Post_WithoutToken_Is400_AndAnonymousIsSentToLogin()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var tokenless = await editor.PostAsync(Url, new FormUrlEncodedContent([new("Input.Title", "Tanpa token")]));
        using var anonymous = await factory.CreateReaderClient().PostAsync(Url, new FormUrlEncodedContent([new("Input.Title", "Tanpa masuk")]));
        using var get = await editor.GetAsync(Url);

        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        // As every editor POST (EditorAccessTests): the token check or the sign-in turns them away, nothing is drawn.
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"anonymous: {(int)anonymous.StatusCode}");
        Assert.DoesNotContain("Tanpa masuk", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }
}
