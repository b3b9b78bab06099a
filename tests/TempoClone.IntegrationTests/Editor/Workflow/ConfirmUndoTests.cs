using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>Destructive actions ask first (a page, no script needed) and offer Urungkan afterwards.</summary>
public class ConfirmUndoTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    [Fact]
    public async Task Trash_AsksFirst_ThenUrungkanBringsItBack()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Sampah Urungkan " + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var url = await factory.UrlOfAsync(title);

        // The edit page's button is a link to the question; opening it changes nothing.
        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal($"/editor/articles/confirm/{id}?what=trash", edit.QuerySelector(".danger-zone a.danger")!.GetAttribute("href"));
        var confirm = await editor.GetDocumentAsync($"/editor/articles/confirm/{id}?what=trash");
        Assert.Contains(title, confirm.QuerySelector("h2")!.Text());
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);

        using var trashed = await editor.SubmitAsync(confirm.QuerySelector<IHtmlFormElement>("form.confirm-actions")!);
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(url)).StatusCode);

        var list = await editor.GetDocumentAsync(trashed.Headers.Location!.OriginalString);
        Assert.Contains("dipindahkan ke tempat sampah", list.QuerySelector(".flash")!.Text());
        using var undone = await editor.SubmitAsync(list.QuerySelector<IHtmlFormElement>("form.undo-form")!);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);
        Assert.Equal(["menghapus", "memulihkan"], (await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync())).Where(a => a != "menerbitkan"));
    }

    [Fact]
    public async Task TidakTerbitkan_AsksFirstKeepingTheTypedText_ThenUrungkanPublishesAgain()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Tarik Urungkan " + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var url = await factory.UrlOfAsync(title);

        // The action bar's button brings the form back with the question; nothing is saved yet.
        using var asked = await editor.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan yang sedang diketik.", ["Input.Status"] = "Unpublished" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await HtmlDocuments.ParseAsync(asked);
        Assert.Contains(title, page.QuerySelector(".confirm-inline h2")!.Text());
        Assert.Equal("Ringkasan yang sedang diketik.", page.ValueOf("Input.Deck"));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);

        var form = page.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        // As a browser posts it: the pressed button's status before the saved one, so it is the value bound.
        using var unpublished = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Unpublished" },
            form.QuerySelector<IHtmlButtonElement>(".confirm-inline button"));
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(url)).StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal("Ringkasan yang sedang diketik.", edit.ValueOf("Input.Deck"));
        using var undone = await editor.SubmitAsync(edit.QuerySelector<IHtmlFormElement>("form.undo-form")!);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("trash")]
    [InlineData("restore&rev=1")]
    public async Task Kontributor_GetsNoConfirmPageForAnotherOnesStory(string what)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Bukan Milik Kontributor " + Guid.NewGuid().ToString("N")[..8]));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        using var response = await kontributor.GetAsync($"/editor/articles/confirm/{id}?what={what}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)response.StatusCode < 500);
    }

    [Fact]
    public async Task ConfirmPage_UnknownActionOrRevision_Is404()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Konfirmasi Aneh " + Guid.NewGuid().ToString("N")[..8]));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/editor/articles/confirm/{id}?what=meledak")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/editor/articles/confirm/{id}?what=restore&rev=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/editor/articles/confirm/{id}")).StatusCode);
    }
}
