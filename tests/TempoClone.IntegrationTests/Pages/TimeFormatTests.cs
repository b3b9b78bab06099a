using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// One time format on every page, the dateline's `16:15` (issue 21): reader pages and every editor page, in text,
/// placeholders and labels. Typing `16.15` in a form still reads as 16:15. An app without the seed folder, so every
/// text on its pages is the site's own or this test's (a story's body may say "pukul 10.00"; that is the writer's text).
/// </summary>
public class TimeFormatTests : IDisposable
{
    private readonly string _noSeed = Directory.CreateTempSubdirectory("tempoclone-noseed-").FullName;
    private readonly TempoAppFactory _app;

    public TimeFormatTests() => _app = new TempoAppFactory(_noSeed, databasePath: null);

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_noSeed, recursive: true);
    }

    /// <summary>A clock time written with a dot (`16.15`), not a part of a longer number or date (`1.500`, `26.11.2026`).</summary>
    private static readonly Regex DottedTime = new(@"(?<![\d.,])([01]?\d|2[0-3])\.[0-5]\d(?![\d.,])", RegexOptions.CultureInvariant);

    [Fact]
    public async Task TypedWithADot_ReadsAsTheTime_AndEveryPageWritesTimesWithAColon()
    {
        await _app.WithDbAsync(async db => { await db.KanalNamedAsync("Internasional"); return await db.SaveChangesAsync(); });
        var editor = await _app.LoginAsync(TempoAppFactory.AdminEmail);
        var live = await editor.CreateArticleAsync(EditorActions.ArticleFields("Jam Terbit Berita Pagi"));
        (await editor.SubmitFormAsync($"/editor/articles/corrections/{live}", "form.corrections-form",
            new Dictionary<string, string> { ["Text"] = "Sebelumnya tertulis hari Senin; yang benar hari Selasa." })).Dispose();
        var tomorrow = JakartaTime.ToJakarta(_app.Clock.GetUtcNow().UtcDateTime).Date.AddDays(1);
        var fields = EditorActions.ArticleFields("Jam Terbit Berita Terjadwal");
        fields["Input.PublishAt"] = $"{tomorrow:dd/MM/yyyy} 16.15";
        using (var scheduled = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, "button[formaction*='handler=Schedule']"))
            Assert.True(scheduled.StatusCode == HttpStatusCode.Redirect, await EditorActions.ErrorsOfAsync(scheduled));

        // 16.15 typed is 16:15 WIB stored, and shown back with a colon.
        var stored = await _app.WithDbAsync(db => db.Articles.Where(a => a.Title == "Jam Terbit Berita Terjadwal").Select(a => new { a.Id, a.PublishedAtUtc }).SingleAsync());
        Assert.Equal(tomorrow.AddHours(16).AddMinutes(15), JakartaTime.ToJakarta(stored.PublishedAtUtc).DateTime);
        var form = await editor.GetDocumentAsync($"/editor/articles/edit/{stored.Id}");
        Assert.Contains("16:15", form.QuerySelector(".action-status")!.TextContent);

        var reader = _app.CreateReaderClient();
        var article = await _app.UrlOfAsync("Jam Terbit Berita Pagi");
        var failures = new List<string>();
        foreach (var path in new[] { "/", article, "/indeks", "/search?q=jam+terbit", "/ralat", "/internasional", "/tag/banjir", "/penulis/sita-dewi" })
            failures.AddRange(await DottedTimesAsync(reader, path));
        var editorPages = EditorPagesWith(live);
        foreach (var path in editorPages)
            failures.AddRange(await DottedTimesAsync(editor, path));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(editorPages.Count >= 20, $"only {editorPages.Count} editor pages");
    }

    private List<string> EditorPagesWith(int id) => EditorPages.All(_app.Services, _ => id).Select(p => p.Path)
        .Append("/editor/articles/edit")
        .Append($"/editor/articles/history/{id}?rev=1")
        .Distinct().ToList();

    /// <summary>The page's dotted times: in its text (not in what is typed in its fields) and its placeholders, titles and labels.</summary>
    private static async Task<IEnumerable<string>> DottedTimesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") return [];
        var page = await HtmlDocuments.ParseAsync(response);
        foreach (var typed in page.QuerySelectorAll("textarea, script").ToList()) typed.Remove();
        var texts = new[] { page.Body!.TextContent }.Concat(page.QuerySelectorAll("[placeholder], [title], [aria-label]")
            .SelectMany(e => new[] { e.GetAttribute("placeholder"), e.GetAttribute("title"), e.GetAttribute("aria-label") }).OfType<string>());
        return texts.SelectMany(t => DottedTime.Matches(t)).Select(m => $"{path}: \"{m.Value}\"").Distinct();
    }
}
