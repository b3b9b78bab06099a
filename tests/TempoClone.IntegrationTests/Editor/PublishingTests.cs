using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class PublishingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private Task<HttpClient> EditorAsync() => factory.LoginAsNewAsync(StaffRoles.Editor);

    [Fact]
    public async Task Publish_FullArticle_IsOnReaderSiteAtOnce()
    {
        var editor = await EditorAsync();
        var fields = EditorActions.ArticleFields("Banjir Rob Terbit Lengkap");
        fields["Input.PhotoCaption"] = "Warga melintasi banjir rob di Muara Baru.";
        fields["Input.PhotoCredit"] = "TEMPO/Subekti";
        fields["Input.PhotoAlt"] = "Warga berjalan di genangan air laut";
        fields["Input.EditorsPick"] = SeedArticle.PickTitle;
        fields["Input.Related"] = SeedArticle.FirstRelatedTitle + "\n" + SeedArticle.Title;

        var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));

        var url = await factory.UrlOfAsync("Banjir Rob Terbit Lengkap");
        Assert.Equal($"/internasional/banjir-rob-terbit-lengkap-{id}", url);
        var page = await _reader.GetDocumentAsync(url);
        Assert.Equal("Banjir Rob Terbit Lengkap", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Reporter Sita Dewi", page.QuerySelector(".byline-reporter")!.TextContent.Trim());
        Assert.Equal("Editor Andi Wijaya", page.QuerySelector(".byline-editor")!.TextContent.Trim());
        Assert.Equal("TEMPO/Subekti", page.QuerySelector("figcaption .credit")!.TextContent);
        var img = page.QuerySelector<IHtmlImageElement>("figure.lead-photo img")!;
        Assert.Equal("Warga berjalan di genangan air laut", img.AlternativeText);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(img.GetAttribute("src"))).StatusCode);
        Assert.Equal("Paragraf kedua.", page.QuerySelectorAll(".article-body p")[1].TextContent);
        Assert.Equal("ANTARA", page.QuerySelector(".source-line")!.TextContent);
        Assert.Equal(SeedArticle.PickTitle, page.QuerySelector(".editors-pick a")!.TextContent);
        var related = page.QuerySelectorAll("section.related h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], related.Take(2));
        Assert.Contains("Banjir Rob Terbit Lengkap", (await _reader.GetDocumentAsync("/")).QuerySelector(".headline h2")!.TextContent);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync()), a => a == "menerbitkan");
    }

    [Fact]
    public async Task Draft_IsNeverShownToReaders()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Draf Rahasia Redaksi", status: "Draft"));

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync($"/internasional/draf-rahasia-redaksi-{id}")).StatusCode);
        Assert.DoesNotContain("Draf Rahasia Redaksi", await _reader.GetStringAsync("/internasional"));
    }

    [Fact]
    public async Task SlugChange_OldUrlRedirects301()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Judul Awal Slug"));

        using var save = await editor.EditArticleAsync(id, new() { ["Input.Slug"] = "judul-baru-slug" });

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        using var old = await _reader.GetAsync($"/internasional/judul-awal-slug-{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/internasional/judul-baru-slug-{id}", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Save_TakenSlug_ShowsMessageAndKeepsEverythingTyped()
    {
        var editor = await EditorAsync();
        await editor.CreateArticleAsync(EditorActions.ArticleFields("Slug Sudah Dipakai"));
        var fields = EditorActions.ArticleFields("Artikel Lain Dengan Slug Sama");
        fields["Input.Slug"] = "slug-sudah-dipakai";
        fields["Input.Body"] = "Naskah panjang yang tidak boleh hilang.";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Slug ini sudah dipakai", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Naskah panjang yang tidak boleh hilang.", page.ValueOf("Input.Body"));
        Assert.Equal("Artikel Lain Dengan Slug Sama", page.ValueOf("Input.Title"));
    }

    [Theory]
    [InlineData("", "Judul wajib diisi.")]
    [InlineData("{long}", "Judul paling panjang 300 karakter.")]
    public async Task Save_BadTitle_ShowsMessageAndKeepsBody(string title, string message)
    {
        var editor = await EditorAsync();
        var fields = EditorActions.ArticleFields("x");
        fields["Input.Title"] = title == "{long}" ? new string('j', 400) : title;
        fields["Input.Body"] = "Isi tetap ada.";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Isi tetap ada.", page.ValueOf("Input.Body"));
    }

    [Fact]
    public async Task Save_UnknownRelatedAndBadTime_AreValidationMessages()
    {
        var editor = await EditorAsync();
        var fields = EditorActions.ArticleFields("Referensi Salah");
        fields["Input.Related"] = "Judul yang tidak pernah ada";
        fields["Input.PublishAt"] = "kemarin sore";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        var errors = await EditorActions.ErrorsOfAsync(response);
        Assert.Contains("Berita terkait baris 1", errors);
        Assert.Contains("Waktu terbit tidak terbaca.", errors);
    }

    [Fact]
    public async Task Publish_PhotoWithoutAltText_IsRefused()
    {
        var editor = await EditorAsync();
        var fields = EditorActions.ArticleFields("Foto Tanpa Alt");
        fields["Input.PhotoCaption"] = "Keterangan saja.";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, file: TestImages.PhotoField(TestImages.Png()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("teks alternatif", page.QuerySelector(".form-errors")!.TextContent);
        // The upload is kept for the next try, pending until the article is saved.
        Assert.Matches(@"^unggahan/[0-9a-f]{32}\.png$", page.ValueOf("Input.PhotoPath"));
    }

    [Fact]
    public async Task Preview_RendersBodyLikeTheReaderPage()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Pratinjau Sama Persis"));
        var form = await editor.EditFormAsync(id);

        using var response = await editor.SubmitAsync(form, button: form.QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Preview']"));

        var preview = (await HtmlDocuments.ParseAsync(response)).QuerySelector(".preview .article-body")!.InnerHtml;
        var reader = (await _reader.GetDocumentAsync(await factory.UrlOfAsync("Pratinjau Sama Persis"))).QuerySelector(".article-body")!.InnerHtml;
        Assert.Equal(reader, preview);
    }

    [Fact]
    public async Task SearchAndAdd_PutsStoriesIntoRelatedAndPickWithoutLosingText()
    {
        var editor = await EditorAsync();
        var fields = EditorActions.ArticleFields("Pencarian Judul Terkait", status: "Draft");
        fields["Input.SearchQuery"] = "Xi Jinping";
        fields["Input.Body"] = "Teks yang sedang ditulis.";

        using var search = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, "button[formaction*='handler=Search']");
        var page = await HtmlDocuments.ParseAsync(search);
        var form = page.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        var add = form.QuerySelectorAll<IHtmlButtonElement>("button[formaction*='handler=AddRelated']").ToList();
        Assert.True(add.Count >= 2, "search should find the Xi Jinping stories");

        using var added = await editor.SubmitAsync(form, button: add[0]);
        var after = await HtmlDocuments.ParseAsync(added);
        Assert.StartsWith(add[0].Value + " · ", after.ValueOf("Input.Related"));
        Assert.Contains("Xi Jinping", after.ValueOf("Input.Related"));
        Assert.Equal("Teks yang sedang ditulis.", after.ValueOf("Input.Body"));

        var afterForm = after.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        using var saved = await editor.SubmitAsync(afterForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Revisions_AreKeptAndCanBeRestored()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Revisi Pertama Judul"));
        (await editor.EditArticleAsync(id, new() { ["Input.Title"] = "Revisi Kedua Judul", ["Input.Body"] = "Isi kedua." })).Dispose();

        var history = await editor.GetDocumentAsync($"/editor/articles/history/{id}");
        Assert.Equal(2, history.QuerySelectorAll("tbody tr").Length);

        using var restore = await editor.SubmitFormAsync($"/editor/articles/confirm/{id}?what=restore&rev=1", "form.confirm-actions");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal("Revisi Pertama Judul", edit.ValueOf("Input.Title"));
        Assert.Equal(3, (await editor.GetDocumentAsync($"/editor/articles/history/{id}")).QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task TwoEditorsSaving_SecondGetsConflictAndKeepsText()
    {
        var first = await EditorAsync();
        var second = await EditorAsync();
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields("Konflik Dua Editor"));
        var firstForm = await first.EditFormAsync(id);
        var secondForm = await second.EditFormAsync(id);

        using var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Body"] = "Versi editor pertama." });
        using var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Body"] = "Versi editor kedua." });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await HtmlDocuments.ParseAsync(secondSave);
        Assert.Contains(EditModel.ConflictMessage, page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Versi editor kedua.", page.ValueOf("Input.Body"));
        Assert.Equal("Versi editor pertama.", await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).BodyMarkdown)));
    }

    [Fact]
    public async Task Trash_DeleteHidesAndRestoreBrings_BackWithAudit()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Masuk Tempat Sampah"));
        var url = $"/internasional/masuk-tempat-sampah-{id}";

        using var delete = await editor.SubmitFormAsync($"/editor/articles/confirm/{id}?what=trash", "form.confirm-actions");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(url)).StatusCode);

        var trash = await editor.GetDocumentAsync("/editor/trash");
        var row = trash.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Masuk Tempat Sampah"));
        (await editor.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!)).Dispose();

        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);
        var audit = await editor.GetDocumentAsync("/editor/audit");
        var actions = audit.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Masuk Tempat Sampah")).Select(r => r.Children[2].TextContent).ToList();
        Assert.Contains("menghapus", actions);
        Assert.Contains("memulihkan", actions);
    }

    [Fact]
    public async Task Unpublish_RemovesFromReaderSiteAndIsAudited()
    {
        var editor = await EditorAsync();
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Ditarik Dari Situs"));

        // "Tarik dari situs" asks first (ConfirmUndoTests): the form comes back with the question, then its button confirms.
        using var asked = await editor.EditArticleAsync(id, new() { ["Input.Status"] = "Unpublished" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync($"/internasional/ditarik-dari-situs-{id}")).StatusCode);
        var form = (await HtmlDocuments.ParseAsync(asked)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        using var confirmed = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Unpublished" },
            form.QuerySelector<IHtmlButtonElement>(".confirm-inline button"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync($"/internasional/ditarik-dari-situs-{id}")).StatusCode);
        Assert.Contains(AuditVerbs.Withdrawn, await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task RelatedFill_UsesSameTagsAndKanalWhenFewArePicked()
    {
        var editor = await EditorAsync();
        var tagged = EditorActions.ArticleFields("Isian Otomatis Bertag");
        tagged["Input.Tags"] = "isian-otomatis-unik";
        await editor.CreateArticleAsync(tagged);
        var main = EditorActions.ArticleFields("Isian Otomatis Utama");
        main["Input.Tags"] = "isian-otomatis-unik";
        main["Input.Related"] = SeedArticle.Title;
        var id = await editor.CreateArticleAsync(main);

        var page = await _reader.GetDocumentAsync($"/internasional/isian-otomatis-utama-{id}");

        var related = page.QuerySelectorAll("section.related h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(10, related.Count);
        Assert.Equal(SeedArticle.Title, related[0]);
        Assert.Equal("Isian Otomatis Bertag", related[1]);
    }

    [Fact]
    public async Task Import_PastedTempoText_BecomesDraftToReview()
    {
        var editor = await EditorAsync();
        var text = """
            Gempa Guncang Pesisir Selatan Jawa
            Reporter: Sita Dewi
            Rabu, 6 September 2023 10:00 WIB
            Warga berkumpul di lapangan. ANTARA/Fotografer
            TEMPO.CO, Jakarta - Gempa mengguncang pesisir selatan.
            BMKG
            """;

        using var response = await editor.SubmitFormAsync("/editor/import", "main form", new Dictionary<string, string> { ["Text"] = text });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = EditorActions.IdFrom(response);
        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal("Gempa Guncang Pesisir Selatan Jawa", edit.ValueOf("Input.Title"));
        Assert.Equal("ANTARA/Fotografer", edit.ValueOf("Input.PhotoCredit"));
        Assert.Equal(ArticleStatus.Draft, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).Status)));
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync($"/internasional/gempa-guncang-pesisir-selatan-jawa-{id}")).StatusCode);
    }

    [Fact]
    public async Task Import_MalformedText_ListsLineErrors()
    {
        var editor = await EditorAsync();

        using var response = await editor.SubmitFormAsync("/editor/import", "main form", new Dictionary<string, string> { ["Text"] = "Judul Saja\n\nReporter: Tanpa Isi\n" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Baris 3: isi berita tidak ditemukan", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Judul Saja\n\nReporter: Tanpa Isi\n", page.QuerySelector<IHtmlTextAreaElement>("textarea[name=Text]")!.Value);
    }

    [Fact]
    public async Task ArticleList_SearchWithWildcardsAndOddPaging_NeverFails()
    {
        var editor = await EditorAsync();
        foreach (var query in new[] { "?q=%25%25%25%25", "?q=' OR 1=1--", "?q=" + new string('a', 6000), "?page=-1", "?page=1000000", "?status=zzz&kanal=abc" })
        {
            using var response = await editor.GetAsync("/editor" + query);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} answered {(int)response.StatusCode}");
        }
        var found = await editor.GetDocumentAsync("/editor?q=" + Uri.EscapeDataString("Rusia Rayu"));
        Assert.Contains(SeedArticle.Title, found.QuerySelector("table")!.TextContent);
    }
    /// <summary>Issue 18, high 1: a Kontributor's unreviewed body-less draft linked from another story went live with it.</summary>
    [Fact]
    public async Task Publish_StoryLinkingAnUnreviewedDraft_LeavesThatDraftUnpublished_AndTheFormSaysSo()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        var hiddenFields = EditorActions.ArticleFields("Skandal Rahasia Belum Diverifikasi", status: "Draft");
        hiddenFields["Input.Body"] = "";
        hiddenFields["Input.Tags"] = "skandal-rahasia-uji";
        var hidden = await kontributor.CreateArticleAsync(hiddenFields);
        var linkingFields = EditorActions.ArticleFields("Berita Yang Menautkan Draf", status: "Draft");
        linkingFields["Input.Related"] = hidden.ToString();
        linkingFields["Input.EditorsPick"] = hidden.ToString();
        var linking = await kontributor.CreateArticleAsync(linkingFields);
        var editor = await EditorAsync();

        var form = await editor.GetDocumentAsync($"/editor/articles/edit/{linking}");
        var shown = form.QuerySelector($".unpublished-links li[data-id='{hidden}']")!;
        Assert.Contains("Draf — belum terbit", shown.QuerySelector(".link-state")!.TextContent);
        Assert.Equal($"/editor/articles/edit/{hidden}", shown.QuerySelector("a")!.GetAttribute("href"));
        using (var publish = await editor.EditArticleAsync(linking, new Dictionary<string, string>(), "button[formaction*='handler=Publish']"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == hidden).Select(a => new { a.Status, a.Version }).SingleAsync());
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == hidden).Select(e => e.Action).ToListAsync()), a => a == "menerbitkan");
        var page = await _reader.GetStringAsync(await factory.UrlOfAsync("Berita Yang Menautkan Draf"));
        Assert.DoesNotContain("Skandal Rahasia Belum Diverifikasi", page);
        Assert.DoesNotContain("Skandal Rahasia Belum Diverifikasi", await _reader.GetStringAsync($"/api/articles/{linking}"));
        Assert.DoesNotContain("Skandal Rahasia Belum Diverifikasi", await _reader.GetStringAsync("/rss"));
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/tag/skandal-rahasia-uji")).StatusCode);
    }
}
