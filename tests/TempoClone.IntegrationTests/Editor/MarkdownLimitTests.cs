using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Markdown that would break or stall a page is refused on save, and a stored one never makes a page fail.</summary>
public class MarkdownLimitTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static readonly string DeepQuotes = new string('>', 1000) + " kutipan terdalam";

    [Theory]
    [InlineData("quotes")]
    [InlineData("links")]
    [InlineData("size")]
    public async Task Save_BodyThatBreaksOrStallsRendering_IsRefusedWithAMessageAndKeepsTheText(string kind)
    {
        var body = kind switch
        {
            "quotes" => DeepQuotes,
            "links" => string.Concat(Enumerable.Repeat("[a](", 14_000)),
            _ => new string('x', MarkdownRenderer.MaxLength + 1),
        };
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Markdown Berat " + kind);
        fields["Input.Body"] = body;

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Isi", await EditorActions.ErrorsOfAsync(response));
        Assert.Equal(body, (await HtmlDocuments.ParseAsync(response)).ValueOf("Input.Body"));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Markdown Berat " + kind))));
    }

    [Fact]
    public async Task StoredBodyThatBreaksMarkdig_StillGivesPageApiAndHistory()
    {
        var article = await factory.AddArticleAsync("Kutipan Bertingkat Tersimpan", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1), DeepQuotes);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await factory.WithDbAsync(async db =>
        {
            db.ArticleRevisions.Add(new ArticleRevision { ArticleId = article.Id, Number = 1, SavedAtUtc = TempoAppFactory.StartTime.UtcDateTime, SavedBy = "uji",
                SnapshotJson = TempoClone.Web.Newsroom.ArticleSnapshot.Of(article).ToJson() });
            return await db.SaveChangesAsync();
        });
        var reader = factory.CreateReaderClient();

        var page = await reader.GetDocumentAsync(await factory.UrlOfAsync(article.Title));
        Assert.Contains("kutipan terdalam", page.Body!.TextContent);
        Assert.Contains("kutipan terdalam", await reader.GetStringAsync($"/api/articles/{article.Id}"));
        Assert.Contains("kutipan terdalam", (await editor.GetDocumentAsync($"/editor/articles/history/{article.Id}?rev=1")).Body!.TextContent);
    }
    /// <summary>
    /// Issue 18, medium 6: one Pratinjau of "`a`" repeated took 12.8 s (four at once 40 s each): the save-time limits
    /// were not applied to the preview, and backticks were not counted. Four posted together, as the review did.
    /// </summary>
    [Theory]
    [InlineData('`')]
    [InlineData('~')]
    [InlineData('^')]
    public async Task Preview_BodyPastTheMarkerLimits_IsRefusedBeforeRendering_EvenFourAtOnce(char marker)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var bodies = Enumerable.Range(0, 4).Select(i => string.Concat(Enumerable.Repeat($"{marker}a{marker} ", 14_000 + i))).ToList();
        var form = (await editor.GetDocumentAsync(EditorActions.NewArticle)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        var preview = form.QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Preview']")!;
        using var start = new Barrier(bodies.Count);

        var responses = await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Pratinjau Berat", ["Input.Body"] = body }, preview);
        })));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlDocuments.ParseAsync(response);
            Assert.Contains("terlalu banyak tanda", page.QuerySelector(".form-errors")!.TextContent);
            Assert.Null(page.QuerySelector("section.preview"));
            response.Dispose();
        }
    }
}
