using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class KanalTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Editor_AddsAndRenamesKanal_ReadersSeeItAtOnceAtTheSameAddress()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var reader = factory.CreateReaderClient();
        (await reader.GetAsync("/")).Dispose(); // a cached home page must not hide the change

        using var add = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = "Olahraga" });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        // An empty kanal is not public yet: readers meet it with its first live story.
        Assert.DoesNotContain("Olahraga", (await reader.GetDocumentAsync("/")).QuerySelector("nav.kanal-nav")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/olahraga")).StatusCode);
        var kanalId = (await editor.GetDocumentAsync("/editor/articles/edit")).QuerySelectorAll("select[name='Input.KanalId'] option")
            .Single(o => o.TextContent == "Olahraga").GetAttribute("value")!;
        var fields = EditorActions.ArticleFields("Berita Pertama Olahraga");
        fields["Input.KanalId"] = kanalId;
        await editor.CreateArticleAsync(fields);
        Assert.Contains("Olahraga", (await reader.GetDocumentAsync("/")).QuerySelector("nav.kanal-nav")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/olahraga")).StatusCode);

        var page = await editor.GetDocumentAsync("/editor/kanal");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("/olahraga"));
        using var rename = await editor.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!, new Dictionary<string, string> { ["Name"] = "Sepak Bola & Olahraga" });
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);

        var kanalPage = await reader.GetDocumentAsync("/olahraga");
        Assert.Equal("Sepak Bola & Olahraga", kanalPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Editor_AddingAnExistingKanal_GetsAMessage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = "INTERNASIONAL" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kanal itu sudah ada.", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task Kontributor_CannotManageKanal()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var response = await kontributor.GetAsync("/editor/kanal");

        Assert.Contains("/editor/account/denied", response.Headers.Location!.ToString());
    }
}
