using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

public class CorrectionsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private static Task<HttpResponseMessage> AddCorrectionAsync(HttpClient editor, int id, string text) =>
        editor.SubmitFormAsync($"/editor/articles/corrections/{id}", "form.corrections-form", new Dictionary<string, string> { ["Text"] = text });

    private static JsonElement NewsArticle(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public async Task Editor_AddsCorrection_ArticleShowsDatedBoxJsonLdAndModifiedTimeMoves()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Jumlah Korban Banjir"));
        var url = await factory.UrlOfAsync("Ralat Jumlah Korban Banjir");
        var before = NewsArticle(await _reader.GetDocumentAsync(url)).GetProperty("dateModified").GetString();
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var addedAt = factory.Clock.GetUtcNow().UtcDateTime;

        using var response = await AddCorrectionAsync(editor, id, "Sebelumnya tertulis 12 korban; yang benar 21 korban");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await _reader.GetDocumentAsync(url);
        var box = page.QuerySelector("article.article .corrections .correction")!;
        Assert.Equal($"Ralat {JakartaTime.Stamp(addedAt)}: Sebelumnya tertulis 12 korban; yang benar 21 korban", box.Text());
        // One time format everywhere: the Ralat's clock is the dateline's 17:06, never 17.06.
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2} WIB$", JakartaTime.Stamp(addedAt));
        Assert.DoesNotMatch(@"\d{2}\.\d{2} WIB", page.QuerySelector("article.article")!.TextContent);
        Assert.Equal(JakartaTime.Iso(addedAt), box.QuerySelector("time")!.GetAttribute("datetime"));

        var ld = NewsArticle(page);
        var correction = ld.GetProperty("correction")[0];
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("Sebelumnya tertulis 12 korban; yang benar 21 korban", correction.GetProperty("text").GetString());
        Assert.Equal(JakartaTime.Iso(addedAt), correction.GetProperty("datePublished").GetString());
        Assert.Equal(JakartaTime.Iso(addedAt), ld.GetProperty("dateModified").GetString());
        Assert.NotEqual(before, ld.GetProperty("dateModified").GetString());
        Assert.Equal(JakartaTime.Iso(addedAt), page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task RalatPage_ListsEveryCorrectionNewestFirst_AndFeedsMarkTheItemUpdated()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var first = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Daftar Pertama"));
        var second = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Daftar Kedua"));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await AddCorrectionAsync(editor, first, "Nama menteri salah eja")).Dispose();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await AddCorrectionAsync(editor, second, "Lokasi kejadian di Bekasi, bukan Bogor")).Dispose();

        var page = await _reader.GetDocumentAsync("/ralat");
        var items = page.QuerySelectorAll(".corrections-list li").Select(li => li.TextContent).ToList();
        var newer = items.FindIndex(t => t.Contains("Lokasi kejadian di Bekasi, bukan Bogor") && t.Contains("Ralat Daftar Kedua"));
        var older = items.FindIndex(t => t.Contains("Nama menteri salah eja") && t.Contains("Ralat Daftar Pertama"));
        Assert.True(newer >= 0 && older > newer, string.Join(" | ", items));
        Assert.All(items, text => Assert.DoesNotMatch(@"\d{2}\.\d{2} WIB", text));
        Assert.Matches(@"\d{2}:\d{2} WIB", items[newer]);
        Assert.Equal(await factory.UrlOfAsync("Ralat Daftar Kedua"), page.QuerySelectorAll(".corrections-list li")[newer].QuerySelector("h2 a")!.GetAttribute("href"));

        var atom = XDocument.Parse(await _reader.GetStringAsync("/atom"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = atom.Descendants(a + "entry").Single(e => e.Element(a + "title")!.Value == "Ralat Daftar Kedua");
        Assert.True(DateTimeOffset.Parse(entry.Element(a + "updated")!.Value) > DateTimeOffset.Parse(entry.Element(a + "published")!.Value));
        var rss = XDocument.Parse(await _reader.GetStringAsync("/rss"));
        var item = rss.Descendants("item").Single(i => i.Element("title")!.Value == "Ralat Daftar Kedua");
        Assert.True(DateTimeOffset.Parse(item.Elements().Single(e => e.Name.LocalName == "updated").Value) > DateTimeOffset.Parse(item.Element("pubDate")!.Value));
    }

    [Fact]
    public async Task Correction_OnDraftOrEmpty_IsRefusedWithAMessage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var draft = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Untuk Draf", status: "Draft"));
        var live = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Kosong"));

        using var onDraft = await AddCorrectionAsync(editor, draft, "Tidak boleh");
        using var empty = await AddCorrectionAsync(editor, live, "   ");
        using var tooLong = await AddCorrectionAsync(editor, live, new string('x', Correction.TextMaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, onDraft.StatusCode);
        Assert.Contains("Ralat hanya untuk berita yang sudah terbit.", await EditorActions.ErrorsOfAsync(onDraft));
        Assert.Contains("Isi ralatnya.", await EditorActions.ErrorsOfAsync(empty));
        Assert.Contains("paling panjang", await EditorActions.ErrorsOfAsync(tooLong));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Corrections.Any(c => c.ArticleId == draft || c.ArticleId == live))));
    }

    [Fact]
    public async Task Kontributor_CraftedCorrectionPostWithValidToken_IsForbidden()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ralat Bukan Untuk Kontributor"));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        // A real token from a form the Kontributor may open; tokens are per user, not per form.
        var token = (await kontributor.GetDocumentAsync("/editor/articles/edit")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var get = await kontributor.GetAsync($"/editor/articles/corrections/{id}");
        using var post = await kontributor.PostAsync($"/editor/articles/corrections/{id}",
            new FormUrlEncodedContent([new("Text", "Ralat palsu"), new("__RequestVerificationToken", token)]));
        using var denied = await kontributor.GetAsync(post.Headers.Location!);

        Assert.Contains("/editor/account/denied", get.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/editor/account/denied", post.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Corrections.Any(c => c.ArticleId == id))));
    }

    [Fact]
    public async Task Ralat_EditedThenRemoved_ReadersSeeEachStep_AuditedByName_WithCleanPunctuation()
    {
        var editor = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Dewi Penyunting"));
        var title = "Ralat Lokasi Longsor " + Guid.NewGuid().ToString("N")[..6];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var url = await factory.UrlOfAsync(title);
        (await AddCorrectionAsync(editor, id, "Sebelumnya tertulis Sukabumi.")).Dispose();
        var first = (await _reader.GetDocumentAsync(url)).QuerySelector("article.article .corrections .correction")!.Text();
        Assert.EndsWith(": Sebelumnya tertulis Sukabumi.", first);
        Assert.DoesNotContain(".,", first);
        var editorPage = await editor.GetDocumentAsync($"/editor/articles/corrections/{id}");
        Assert.Contains("oleh Dewi Penyunting", editorPage.QuerySelector(".correction-list")!.Text());
        Assert.DoesNotContain("@", editorPage.QuerySelector(".correction-list")!.Text());

        using var edited = await editor.SubmitFormAsync($"/editor/articles/corrections/{id}", "form[action*='handler=Edit']",
            new Dictionary<string, string> { ["changedText"] = "Sebelumnya tertulis Sukabumi; yang benar Cianjur." });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.EndsWith(": Sebelumnya tertulis Sukabumi; yang benar Cianjur.", (await _reader.GetDocumentAsync(url)).QuerySelector("article.article .corrections .correction")!.Text());

        using var empty = await editor.SubmitFormAsync($"/editor/articles/corrections/{id}", "form[action*='handler=Edit']",
            new Dictionary<string, string> { ["changedText"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Isi ralatnya", await EditorActions.ErrorsOfAsync(empty));

        using var removed = await editor.SubmitFormAsync($"/editor/articles/corrections/{id}", "form[action*='handler=Remove']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await _reader.GetDocumentAsync(url)).QuerySelector("article.article .corrections .correction"));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditVerbs.Corrected, AuditVerbs.CorrectionEdited, AuditVerbs.CorrectionRemoved], audit.Where(a => a.Contains("ralat")));
    }
}
