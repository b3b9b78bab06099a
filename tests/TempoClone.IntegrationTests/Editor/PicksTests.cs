using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>The home page's Pilihan Editor is one list for the whole site, so these tests have an app and a database of their own.</summary>
public class PicksTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    [Fact]
    public async Task Picks_AddReorderRemove_ShowOnHome()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Pilihan Beranda Baru"));

        using var add = await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']", new Dictionary<string, string> { ["AddReference"] = "Pilihan Beranda Baru" });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        // Up until it leads the list, however many picks the other test of this class left.
        for (var position = await PositionAsync(editor, "Pilihan Beranda Baru"); position > 0; position--)
        {
            var up = (await RowAsync(editor, "Pilihan Beranda Baru")).QuerySelector<IHtmlButtonElement>("button[value='-1']")!;
            (await editor.SubmitAsync((IHtmlFormElement)up.Form!, button: up)).Dispose();
        }

        var home = await _reader.GetDocumentAsync("/");
        var picks = home.QuerySelectorAll("aside.home-side h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal("Pilihan Beranda Baru", picks[0]);

        var remove = (await RowAsync(editor, "Pilihan Beranda Baru")).QuerySelector<IHtmlButtonElement>("form[action*='handler=Remove'] button")!;
        (await editor.SubmitAsync((IHtmlFormElement)remove.Form!, button: remove)).Dispose();
        Assert.DoesNotContain("Pilihan Beranda Baru", (await _reader.GetDocumentAsync("/")).QuerySelectorAll("aside.home-side h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Picks_StaleList_GetsConflictMessage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var stale = await editor.GetDocumentAsync("/editor/picks");
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Pilihan Yang Bentrok"));
        (await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']", new Dictionary<string, string> { ["AddReference"] = "Pilihan Yang Bentrok" })).Dispose();

        var staleForm = stale.QuerySelector<IHtmlFormElement>("form[action*='handler=Add']")!;
        using var response = await editor.SubmitAsync(staleForm, new Dictionary<string, string> { ["AddReference"] = SeedArticle.Title });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sudah diubah orang lain", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task Picks_EndTime_TypedAsOnEveryEditorPage_PastTimeRefused()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Pilihan Dengan Batas Waktu"));
        var page = await editor.GetDocumentAsync("/editor/picks");
        var endsAt = page.QuerySelector<IHtmlInputElement>("#AddEndsAt")!;
        Assert.Equal("text", endsAt.Type);
        Assert.Contains("jj:mm", endsAt.Placeholder);

        using var past = await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']",
            new Dictionary<string, string> { ["AddReference"] = id.ToString(), ["AddEndsAt"] = "01/01/2020 16.15" });
        Assert.Contains("waktu berakhir sudah lewat", await EditorActions.ErrorsOfAsync(past));

        using var future = await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']",
            new Dictionary<string, string> { ["AddReference"] = id.ToString(), ["AddEndsAt"] = "31/12/2099 16.15" });
        Assert.Equal(HttpStatusCode.Redirect, future.StatusCode);
        var row = (await RowAsync(editor, "Pilihan Dengan Batas Waktu")).TextContent;
        Assert.Matches(@"sampai \w+, 31 \w+ 2099 16:15 WIB", row);
    }

    private static async Task<AngleSharp.Dom.IElement> RowAsync(HttpClient editor, string title) =>
        (await editor.GetDocumentAsync("/editor/picks")).QuerySelectorAll("ol.pick-list li").Single(li => li.TextContent.Contains(title));

    private static async Task<int> PositionAsync(HttpClient editor, string title) =>
        (await editor.GetDocumentAsync("/editor/picks")).QuerySelectorAll("ol.pick-list li").ToList().FindIndex(li => li.TextContent.Contains(title));
}
