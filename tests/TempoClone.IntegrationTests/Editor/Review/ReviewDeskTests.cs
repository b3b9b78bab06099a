using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;
using DeskPage = TempoClone.Web.Areas.Editor.Pages.Review.IndexModel;

namespace TempoClone.IntegrationTests.Editor.Review;

/// <summary>
/// The review desk through the real forms: Kirim ke redaksi, the queue and its count, assigning, Kembalikan ke penulis
/// with a note, publishing from the desk, the writer's read-only live story, and who may do each step.
/// </summary>
public class ReviewDeskTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string SendButton = "button[formaction*='handler=Send']";

    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<(HttpClient Client, string Email)> KontributorAsync(string name = "Kontributor Uji")
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Kontributor, name);
        return (await factory.LoginAsync(email), email);
    }

    /// <summary>A Kontributor writes a new story and presses Kirim ke redaksi; returns its id.</summary>
    private static async Task<int> SendNewAsync(HttpClient writer, string title)
    {
        using var sent = await writer.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, EditorActions.ArticleFields(title, "Draft"), SendButton);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return EditorActions.IdFrom(sent);
    }

    private Task<Article> ArticleAsync(int id) => factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<List<NotificationKind>> NotificationsAsync(string email, int articleId) => factory.WithDbAsync(db => db.StaffNotifications
        .Where(n => n.ArticleId == articleId && db.Users.Any(u => u.Id == n.RecipientId && u.Email == email)).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync());

    private static int DeskCount(IDocument page) =>
        int.Parse(page.QuerySelector("a.desk-link")!.TextContent.Split('(', ')')[1]);

    private static async Task<HttpResponseMessage> ReturnAsync(HttpClient editor, int id, string note) =>
        await editor.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Return", [new("Text", note)]);

    /// <summary>Refused: the editor area answers a forbidden step with its "Akses ditolak" page.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(UrlMap.EditorDenied, response.Headers.Location!.AbsolutePath);
    }

    /// <summary>The writer sends a story, an editor writes a note on it and publishes it from the form.</summary>
    private async Task<(int Id, string Title, string Note)> SentNotedAndPublishedAsync(HttpClient writer, string what)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = Unique(what);
        var id = await SendNewAsync(writer, title);
        var note = Unique("CatatanInternal");
        using (var noted = await editor.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Note", [new("Text", note)]))
            Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        using (var published = await editor.SubmitFormAsync($"/editor/articles/edit/{id}", EditorActions.FormSelector, null, "button[formaction*='handler=Publish']"))
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return (id, title, note);
    }

    [Fact]
    public async Task KirimKeRedaksi_StoryWaitsLockedForItsWriter_EditorSeesItInTheQueueAndTheCount()
    {
        var (writer, _) = await KontributorAsync("Rina Kontributor");
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var before = DeskCount(await editor.GetDocumentAsync("/editor"));
        var title = Unique("Kiriman Banjir Bekasi");

        var id = await SendNewAsync(writer, title);

        var article = await ArticleAsync(id);
        Assert.Equal((ArticleStatus.Draft, ReviewState.Waiting), (article.Status, article.ReviewState));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, article.ReviewSentAtUtc);
        // The writer's list and form say so; the form opens read-only, and a save is refused.
        var list = await writer.GetDocumentAsync("/editor");
        Assert.Equal("Menunggu review", list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(title)).QuerySelector(".status")!.TextContent);
        using (var opened = await writer.GetAsync($"/editor/articles/edit/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal(UrlMap.ReadArticle(id), opened.Headers.Location!.OriginalString);
        }
        var read = await writer.GetDocumentAsync(UrlMap.ReadArticle(id));
        Assert.Contains("Menunggu review", read.QuerySelector(".read-only-notice")!.TextContent);
        Assert.Null(read.QuerySelector(EditorActions.FormSelector));
        var version = article.Version;
        using (var save = await writer.PostWithTokenAsync($"/editor/articles/edit/{id}", [.. EditorActions.ArticleFields(title + " diubah", "Draft"), new("Input.Version", version.ToString())]))
            AssertDenied(save);
        Assert.Equal(title, (await ArticleAsync(id)).Title);

        // The desk: the count went up by one, the row names the writer, kanal and time sent.
        var desk = await editor.GetDocumentAsync(UrlMap.ReviewDesk);
        Assert.Equal(before + 1, DeskCount(desk));
        var row = desk.QuerySelector($".review-item[data-id='{id}']")!;
        Assert.Contains("Rina Kontributor", row.TextContent);
        Assert.Contains("Internasional", row.TextContent);
        Assert.Contains(JakartaTime.Stamp(article.ReviewSentAtUtc!.Value), row.TextContent);
        Assert.Contains("belum ditangani", row.TextContent);
        Assert.Equal([NotificationKind.Sent], await factory.WithDbAsync(db => db.StaffNotifications.Where(n => n.ArticleId == id && n.RecipientId == db.Users.Single(u => u.Email == TempoAppFactory.AdminEmail).Id).Select(n => n.Kind).ToListAsync()));
        Assert.Contains("mengirim ke redaksi", await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task Queue_IsOldestFirst_AndAssignTakesTheStory()
    {
        var (writer, _) = await KontributorAsync();
        var editorEmail = await factory.CreateStaffAsync(StaffRoles.Editor, "Dewi Editor");
        var editor = await factory.LoginAsync(editorEmail);
        var first = await SendNewAsync(writer, Unique("Kiriman Pertama"));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await SendNewAsync(writer, Unique("Kiriman Kedua"));

        var desk = await editor.GetDocumentAsync(UrlMap.ReviewDesk);
        var ids = desk.QuerySelectorAll(".review-item").Select(i => int.Parse(i.GetAttribute("data-id")!)).ToList();
        Assert.True(ids.IndexOf(first) < ids.IndexOf(second), "oldest first");

        var take = desk.QuerySelector($".review-item[data-id='{second}']")!.QuerySelectorAll<IHtmlFormElement>("form").First();
        using var taken = await editor.SubmitAsync(take);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var after = await editor.GetDocumentAsync(UrlMap.ReviewDesk);
        Assert.Contains("ditangani Dewi Editor", after.QuerySelector($".review-item[data-id='{second}']")!.TextContent);
        Assert.Contains("Anda tangani", after.QuerySelector(".flash")!.TextContent);
    }

    [Fact]
    public async Task Assign_TwoEditorsAtOnce_OneWinsAndTheOtherIsTold()
    {
        var (writer, _) = await KontributorAsync();
        var id = await SendNewAsync(writer, Unique("Kiriman Rebutan"));
        var editors = await Task.WhenAll(factory.LoginAsNewAsync(StaffRoles.Editor), factory.LoginAsNewAsync(StaffRoles.Admin));
        var forms = await Task.WhenAll(editors.Select(async e =>
            (await e.GetDocumentAsync(UrlMap.ReviewDesk)).QuerySelector($".review-item[data-id='{id}']")!.QuerySelectorAll<IHtmlFormElement>("form").First()));

        var answers = await Task.WhenAll(editors.Select((e, i) => e.SubmitAsync(forms[i])));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var lost = answers.Single(a => a.StatusCode != HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains(DeskPage.Taken, (await HtmlDocuments.ParseAsync(lost)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Single(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id && e.Action == AuditVerbs.ReviewAssigned).ToListAsync()));
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task Return_NeedsANote_ThenTheWriterSeesItEditsAndSendsAgain()
    {
        var (writer, writerEmail) = await KontributorAsync();
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = Unique("Kiriman Dikembalikan");
        var id = await SendNewAsync(writer, title);

        // The editor's form has the return box; an empty note is refused with a message, nothing changes.
        var form = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.NotNull(form.QuerySelector("form[action*='handler=Return'] textarea[name=Text]"));
        using (var empty = await ReturnAsync(editor, id, "   "))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("Tulis catatannya dulu.", (await HtmlDocuments.ParseAsync(empty)).QuerySelector(".field-error")!.TextContent);
        }
        Assert.Equal(ReviewState.Waiting, (await ArticleAsync(id)).ReviewState);

        var note = Unique("Tambahkan keterangan BPBD di paragraf kedua");
        using (var returned = await ReturnAsync(editor, id, note))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
            Assert.Equal(UrlMap.ReviewDesk, returned.Headers.Location!.OriginalString);
        }
        Assert.Equal(ReviewState.Returned, (await ArticleAsync(id)).ReviewState);
        Assert.Equal([NotificationKind.Returned], await NotificationsAsync(writerEmail, id));
        // Returned twice (a second editor, late) is refused with a clear message.
        using (var late = await ReturnAsync(await factory.LoginAsNewAsync(StaffRoles.Editor), id, "Catatan terlambat"))
            Assert.Contains(ReviewModel.NotWaiting, (await HtmlDocuments.ParseAsync(late)).QuerySelector("[role=alert]")!.TextContent);

        // The writer sees the note on the form (with its revision and time) and may edit and send again.
        var writerForm = await writer.GetDocumentAsync($"/editor/articles/edit/{id}");
        var shown = writerForm.QuerySelector(".review-note.returned")!;
        Assert.Contains(note, shown.TextContent);
        Assert.Contains("revisi 1", shown.TextContent);
        Assert.Contains(JakartaTime.Clock(factory.Clock.GetUtcNow().UtcDateTime), shown.TextContent);
        Assert.Equal("Dikembalikan", writerForm.QuerySelector(".action-status .review-state")!.TextContent);
        using (var again = await writer.SubmitFormAsync($"/editor/articles/edit/{id}", EditorActions.FormSelector,
                   new Dictionary<string, string> { ["Input.Deck"] = "Ringkasan dengan keterangan BPBD." }, SendButton))
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var sentAgain = await ArticleAsync(id);
        Assert.Equal((ReviewState.Waiting, "Ringkasan dengan keterangan BPBD."), (sentAgain.ReviewState, sentAgain.Deck));
    }

    [Fact]
    public async Task Publish_FromTheDesk_EndsTheReview_AndTheWriterOpensTheLiveStoryReadOnly()
    {
        var (writer, writerEmail) = await KontributorAsync();
        var (id, title, note) = await SentNotedAndPublishedAsync(writer, "Kiriman Terbit");
        var article = await ArticleAsync(id);
        Assert.True(article.IsLive(factory.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(ReviewState.None, article.ReviewState);
        Assert.Equal([NotificationKind.Published], await NotificationsAsync(writerEmail, id));

        // Not "Akses ditolak": the text and the notes, read-only, with no save buttons.
        using (var opened = await writer.GetAsync($"/editor/articles/edit/{id}"))
            Assert.Equal(UrlMap.ReadArticle(id), opened.Headers.Location!.OriginalString);
        var read = await writer.GetDocumentAsync(UrlMap.ReadArticle(id));
        Assert.Contains(title, read.QuerySelector(".read-only-title")!.TextContent);
        Assert.Contains("Paragraf kedua", read.QuerySelector(".article-body")!.TextContent);
        Assert.Contains(note, read.QuerySelector(".review-notes")!.TextContent);
        Assert.Null(read.QuerySelector(EditorActions.FormSelector));
        Assert.DoesNotContain(read.QuerySelectorAll("button"), b => b.TextContent.Contains("Simpan draf") || b.TextContent.Contains("Terbitkan"));
        Assert.NotNull(read.QuerySelector($"a[href='{await factory.UrlOfAsync(title)}']"));

        // A save with a valid token is refused all the same.
        var before = factory.DatabaseFingerprint();
        foreach (var handler in new[] { "", "?handler=Send", "?handler=Autosave", "?handler=Publish" })
            using (var post = await writer.PostWithTokenAsync($"/editor/articles/edit/{id}{handler}", [.. EditorActions.ArticleFields(title + " diubah", "Draft"), new("Input.Version", article.Version.ToString())]))
                AssertDenied(post);
        Assert.Equal(before, factory.DatabaseFingerprint());
    }

    [Fact]
    public async Task Publish_TwoEditorsAtOnce_TheStoryIsPublishedOnce()
    {
        var (writer, writerEmail) = await KontributorAsync();
        var id = await SendNewAsync(writer, Unique("Kiriman Terbit Ganda"));
        var editors = await Task.WhenAll(factory.LoginAsNewAsync(StaffRoles.Editor), factory.LoginAsNewAsync(StaffRoles.Editor));
        var forms = await Task.WhenAll(editors.Select(e => e.EditFormAsync(id)));

        var answers = await Task.WhenAll(editors.Select((e, i) => e.SubmitAsync(forms[i], button: forms[i].QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Publish']"))));

        // The later save either merges itself (neither editor changed a field: issue 21's safer conflicts) or, when the
        // two met inside one save, is told of the conflict; either way the story is published once and nothing is lost.
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var lost in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
            Assert.Contains(EditModel.ConflictMessage, await EditorActions.ErrorsOfAsync(lost));
        Assert.Single(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id && e.Action == AuditVerbs.Published).ToListAsync()));
        Assert.Equal([NotificationKind.Published], await NotificationsAsync(writerEmail, id));
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task Notes_AreNeverOnTheReaderSite_FeedsOrApi()
    {
        var (writer, _) = await KontributorAsync();
        var (id, title, note) = await SentNotedAndPublishedAsync(writer, "Kiriman Catatan Rahasia");

        var reader = factory.CreateReaderClient();
        foreach (var path in new[] { await factory.UrlOfAsync(title), "/", "/rss", "/atom", $"{UrlMap.Api}/{id}", UrlMap.Api, "/indeks" })
        {
            using var response = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(note, await response.Content.ReadAsStringAsync());
        }
        Assert.Contains(title, await reader.GetStringAsync($"{UrlMap.Api}/{id}"));
    }

    [Fact]
    public async Task WhoMay_SendReturnNoteAndWithdraw()
    {
        var (writer, _) = await KontributorAsync();
        var (other, _) = await KontributorAsync();
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await SendNewAsync(writer, Unique("Kiriman Hak"));

        // Another Kontributor: no notes page, no note, no withdraw; the desk itself is for editors.
        using (var page = await other.GetAsync($"/editor/articles/review/{id}")) AssertDenied(page);
        using (var note = await other.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Note", [new("Text", "Bukan cerita saya")])) AssertDenied(note);
        using (var withdraw = await other.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Withdraw", [])) AssertDenied(withdraw);
        using (var back = await ReturnAsync(writer, id, "Saya kembalikan sendiri")) AssertDenied(back);
        using (var desk = await writer.GetAsync(UrlMap.ReviewDesk)) Assert.NotEqual(HttpStatusCode.OK, desk.StatusCode);
        // An editor publishes; "Kirim ke redaksi" is not theirs to press.
        using (var send = await editor.PostWithTokenAsync($"/editor/articles/edit?handler=Send", EditorActions.ArticleFields(Unique("Editor Kirim"), "Draft")))
            AssertDenied(send);
        Assert.Null((await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(SendButton));
        Assert.Equal(ReviewState.Waiting, (await ArticleAsync(id)).ReviewState);

        // The writer takes it back: a draft of theirs again, editable, off the desk.
        var read = await writer.GetDocumentAsync(UrlMap.ReadArticle(id));
        using (var withdrawn = await writer.SubmitAsync(read.QuerySelector<IHtmlFormElement>("form[action*='handler=Withdraw']")!))
            Assert.Equal(UrlMap.EditArticle(id), withdrawn.Headers.Location!.OriginalString);
        Assert.Equal(ReviewState.None, (await ArticleAsync(id)).ReviewState);
        Assert.NotNull((await writer.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(SendButton));
    }
}
