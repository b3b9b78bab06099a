using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor.Review;

/// <summary>
/// Issue 21: a note's writer rewords or takes it down; an editor may take down any note; a Kontributor only their own.
/// Every change is in the audit log, and the earlier wording stays in the notes' history on the story.
/// </summary>
public class NoteChangesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private static async Task WriteNoteAsync(HttpClient client, int id, string text)
    {
        using var written = await client.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Note", [new("Text", text)]);
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
    }

    private Task<List<string>> AuditAsync(int id) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private static IElement Panel(IDocument page) => page.QuerySelector("#redaksi")!;

    [Fact]
    public async Task Writer_RewordsTheirNote_TheFormShowsTheNewWording_TheOldOneInHistory_Audited()
    {
        var editor = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Dewi Redaktur"));
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(Unique("Catatan Diubah"), "Draft"));
        var first = Unique("Periksa angka korban");
        await WriteNoteAsync(editor, id, first);

        var form = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector<IHtmlFormElement>("form[action*='handler=EditNote']")!;
        var second = Unique("Periksa angka korban dan sumbernya");
        using var changed = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = second });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var panel = Panel(await editor.GetDocumentAsync($"/editor/articles/edit/{id}"));
        var note = panel.QuerySelector("ol.review-notes > li")!;
        Assert.Contains(second, note.Text());
        Assert.Contains("diubah", note.QuerySelector(".review-note-head")!.Text());
        Assert.Equal("Catatan redaksi (1)", panel.QuerySelector("summary")!.Text().Trim().Split('\n')[0].Trim());
        var history = panel.QuerySelector(".review-note-history")!;
        Assert.Contains(first, history.Text());
        Assert.Contains("diubah oleh Dewi Redaktur", history.Text());
        Assert.Equal([AuditVerbs.NoteEdited], (await AuditAsync(id)).Where(a => a == AuditVerbs.NoteEdited));
    }

    [Fact]
    public async Task EditorRemovesAKontributorsNote_KeptInHistory_Audited()
    {
        var writerEmail = await factory.CreateStaffAsync(StaffRoles.Kontributor, "Rini Kontributor");
        var writer = await factory.LoginAsync(writerEmail);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await writer.CreateArticleAsync(EditorActions.ArticleFields(Unique("Catatan Dihapus"), "Draft"));
        var text = Unique("Foto dari warga, izin sudah ada");
        await WriteNoteAsync(writer, id, text);

        var remove = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector<IHtmlFormElement>("form[action*='handler=RemoveNote']")!;
        using var removed = await editor.SubmitAsync(remove);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var panel = Panel(await writer.GetDocumentAsync($"/editor/articles/edit/{id}"));
        Assert.Null(panel.QuerySelector("ol.review-notes > li.review-note:not(.earlier)"));
        Assert.Contains(text, panel.QuerySelector(".review-note-history")!.Text());
        Assert.Contains("dihapus oleh", panel.QuerySelector(".review-note-history")!.Text());
        Assert.Contains(AuditVerbs.NoteRemoved, await AuditAsync(id));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ArticleNotes.CountAsync(n => n.ArticleId == id && n.RemovedAtUtc != null)));
    }

    [Fact]
    public async Task Kontributor_MayNotChangeAnEditorsNote_NorAnEditorRewordAnothersNote()
    {
        var writerEmail = await factory.CreateStaffAsync(StaffRoles.Kontributor);
        var writer = await factory.LoginAsync(writerEmail);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var otherEditor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await writer.CreateArticleAsync(EditorActions.ArticleFields(Unique("Catatan Orang Lain"), "Draft"));
        var text = Unique("Judul terlalu panjang");
        await WriteNoteAsync(editor, id, text);
        var noteId = await factory.WithDbAsync(db => db.ArticleNotes.Where(n => n.ArticleId == id).Select(n => n.Id).SingleAsync());

        var writersPanel = Panel(await writer.GetDocumentAsync($"/editor/articles/edit/{id}"));
        Assert.Null(writersPanel.QuerySelector("form[action*='handler=EditNote'], form[action*='handler=RemoveNote']"));

        foreach (var (client, handler) in new[] { (writer, "EditNote"), (writer, "RemoveNote"), (otherEditor, "EditNote") })
        {
            using var refused = await client.PostWithTokenAsync($"/editor/articles/review/{id}?handler={handler}&noteId={noteId}", [new("Text", "Diubah diam-diam")]);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith(UrlMap.EditorDenied, refused.Headers.Location!.AbsolutePath);
        }
        Assert.Equal(text, await factory.WithDbAsync(db => db.ArticleNotes.Where(n => n.Id == noteId && n.RemovedAtUtc == null).Select(n => n.Text).SingleAsync()));
    }

    [Fact]
    public async Task EmptyRewording_GetsAnIndonesianMessage_UnknownNote404()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(Unique("Catatan Kosong"), "Draft"));
        var text = Unique("Tambahkan sumber kedua");
        await WriteNoteAsync(editor, id, text);
        var noteId = await factory.WithDbAsync(db => db.ArticleNotes.Where(n => n.ArticleId == id).Select(n => n.Id).SingleAsync());

        using var empty = await editor.PostWithTokenAsync($"/editor/articles/review/{id}?handler=EditNote&noteId={noteId}", [new("Text", "   ")]);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Tulis catatannya dulu.", (await HtmlDocuments.ParseAsync(empty)).QuerySelector(".field-error")!.Text());
        using var unknown = await editor.PostWithTokenAsync($"/editor/articles/review/{id}?handler=RemoveNote&noteId=999999", []);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(text, await factory.WithDbAsync(db => db.ArticleNotes.Where(n => n.Id == noteId).Select(n => n.Text).SingleAsync()));
    }
}
