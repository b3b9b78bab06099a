using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>What an editor does through the real forms, for tests that need an article to work on.</summary>
public static class EditorActions
{
    public const string FormSelector = "form.article-form";

    /// <summary>A new story's form with its kanal chosen (Internasional): the form defaults to none.</summary>
    public const string NewArticle = "/editor/articles/edit?kanal=internasional";

    public static Dictionary<string, string> ArticleFields(string title, string status = "Published") => new()
    {
        ["Input.Title"] = title,
        ["Input.Slug"] = "",
        ["Input.Deck"] = "Ringkasan " + title,
        ["Input.Body"] = "TEMPO.CO, Jakarta - Paragraf pertama " + title + ".\n\nParagraf kedua.",
        ["Input.Reporters"] = "Sita Dewi",
        ["Input.Editors"] = "Andi Wijaya",
        ["Input.SourceLine"] = "ANTARA",
        ["Input.Tags"] = "banjir, jakarta",
        ["Input.Status"] = status,
    };

    /// <summary>Creates an article through the form; returns its id.</summary>
    public static async Task<int> CreateArticleAsync(this HttpClient client, Dictionary<string, string> fields, FileField? photo = null)
    {
        using var response = await client.SubmitFormAsync(EditorActions.NewArticle, FormSelector, fields, file: photo);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlDocuments.ParseAsync(response);
            Assert.Fail($"Save answered {(int)response.StatusCode}: {page.QuerySelector(".form-errors")?.TextContent.Trim()}");
        }
        return IdFrom(response);
    }

    /// <summary>Posts the article's edit form with these changes, as it was loaded now.</summary>
    public static async Task<HttpResponseMessage> EditArticleAsync(this HttpClient client, int id, Dictionary<string, string> changes, string? button = null, FileField? photo = null) =>
        await client.SubmitFormAsync($"/editor/articles/edit/{id}", FormSelector, changes, button, photo);

    /// <summary>
    /// Posts the import page's form (the text, or the text as an uploaded file, and the page's address when given);
    /// returns the imported article's id and the report page (null when the import went straight to the draft).
    /// </summary>
    public static async Task<(int Id, IDocument? Report)> ImportAsync(this HttpClient client, string text, bool asUpload = false, string? address = null)
    {
        var fields = new Dictionary<string, string>();
        if (!asUpload) fields["Text"] = text;
        if (address is not null) fields["Address"] = address;
        using var response = asUpload
            ? await client.SubmitFormAsync("/editor/import", "form.import-form", fields, file: new FileField("Upload", "halaman.txt", System.Text.Encoding.UTF8.GetBytes(text), "text/plain"))
            : await client.SubmitFormAsync("/editor/import", "form.import-form", fields);
        if (response.StatusCode == HttpStatusCode.Redirect) return (IdFrom(response), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var link = page.QuerySelector(".import-result a");
        Assert.True(link is not null, "No import result: " + page.QuerySelector(".form-errors")?.TextContent.Trim());
        return (int.Parse(link!.GetAttribute("href")!.Split('/').Last()), page);
    }

    public static int IdFrom(HttpResponseMessage redirect) =>
        int.Parse(redirect.Headers.Location!.OriginalString.Split('/').Last());

    public static async Task<IHtmlFormElement> EditFormAsync(this HttpClient client, int id) =>
        (await client.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector<IHtmlFormElement>(FormSelector)!;

    public static async Task<string> ErrorsOfAsync(HttpResponseMessage response) =>
        string.Join("\n", (await HtmlDocuments.ParseAsync(response)).QuerySelectorAll(".form-errors li").Select(li => li.TextContent.Trim()));

    public static string? ValueOf(this IDocument page, string name) =>
        page.QuerySelector<IHtmlInputElement>($"[name='{name}']")?.Value ?? page.QuerySelector<IHtmlTextAreaElement>($"[name='{name}']")?.Value;
}
