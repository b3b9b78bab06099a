using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class XssTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    public static TheoryData<int> PayloadIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < XssPayloads.All.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(PayloadIndexes))]
    public async Task Payload_InEveryEditorField_IsHarmlessOnEveryPage(int index)
    {
        var payload = XssPayloads.All[index];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Uji XSS {index}";
        var id = await editor.CreateArticleAsync(XssPayloads.InEveryField(title, payload));
        var reader = factory.CreateReaderClient();

        var url = await factory.UrlOfAsync(title + " " + payload);
        var article = await reader.GetDocumentAsync(url);
        Assert.Equal(title + " " + payload, article.QuerySelector("h1")!.TextContent);
        Assert.Equal(payload, article.QuerySelector("figcaption .credit")!.TextContent);
        Assert.Equal(payload, article.QuerySelector(".source-line")!.TextContent);

        XssPayloads.AssertHarmless(article, "article page");
        XssPayloads.AssertHarmless(await reader.GetDocumentAsync("/"), "home page");
        XssPayloads.AssertHarmless(await reader.GetDocumentAsync(url[..url.IndexOf('/', 1)]), "kanal page");
        XssPayloads.AssertHarmless(await editor.GetDocumentAsync("/editor"), "editor list");
        XssPayloads.AssertHarmless(await editor.GetDocumentAsync($"/editor/articles/edit/{id}"), "edit page");
        XssPayloads.AssertHarmless(await editor.GetDocumentAsync($"/editor/articles/history/{id}?rev=1"), "revision page");
    }
}
