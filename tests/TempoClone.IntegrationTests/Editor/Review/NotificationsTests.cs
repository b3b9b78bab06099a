using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor.Review;

/// <summary>The bell: written by the desk's events, each person sees only their own, opened one at a time or all marked read.</summary>
public class NotificationsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static int BellCount(AngleSharp.Dom.IDocument page) => int.Parse(page.QuerySelector("a.bell .bell-count")!.TextContent);

    private async Task<int> SendAsync(HttpClient writer, string title)
    {
        using var sent = await writer.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, EditorActions.ArticleFields(title, "Draft"),
            "button[formaction*='handler=Send']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return EditorActions.IdFrom(sent);
    }

    [Fact]
    public async Task Sent_ReachesEveryEditor_NotTheWriter_AndOpeningMarksItRead()
    {
        var writerEmail = await factory.CreateStaffAsync(StaffRoles.Kontributor, "Bayu Penulis");
        var writer = await factory.LoginAsync(writerEmail);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var before = BellCount(await editor.GetDocumentAsync("/editor"));
        var title = "Notifikasi Kiriman " + Guid.NewGuid().ToString("N")[..8];

        var id = await SendAsync(writer, title);

        var list = await editor.GetDocumentAsync(UrlMap.Notifications);
        Assert.Equal(before + 1, BellCount(list));
        var item = list.QuerySelectorAll("li.notification.unread").Single(li => li.TextContent.Contains(title));
        Assert.Contains("dikirim ke redaksi", item.TextContent);
        Assert.Contains("Bayu Penulis", item.TextContent);
        Assert.Equal(0, BellCount(await writer.GetDocumentAsync("/editor")));
        Assert.DoesNotContain(title, (await writer.GetDocumentAsync(UrlMap.Notifications)).Body!.TextContent);

        using var opened = await editor.SubmitAsync(item.QuerySelector<IHtmlFormElement>("form")!);
        Assert.Equal(UrlMap.EditArticle(id), opened.Headers.Location!.OriginalString);
        Assert.Equal(before, BellCount(await editor.GetDocumentAsync(UrlMap.Notifications)));
    }

    [Fact]
    public async Task Returned_OpensAtTheNoteItWasReturnedWith_AndIsMarkedRead()
    {
        var writerEmail = await factory.CreateStaffAsync(StaffRoles.Kontributor);
        var writer = await factory.LoginAsync(writerEmail);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await SendAsync(writer, "Notifikasi Kembali " + Guid.NewGuid().ToString("N")[..8]);
        var note = "Tambahkan keterangan polisi " + Guid.NewGuid().ToString("N")[..6];
        using (var returned = await editor.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Return", [new("Text", note)]))
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var noteId = await factory.WithDbAsync(db => db.ArticleNotes.Where(n => n.ArticleId == id && n.IsReturn).Select(n => n.Id).SingleAsync());

        var item = (await writer.GetDocumentAsync(UrlMap.Notifications)).QuerySelectorAll("li.notification.unread").Single(li => li.TextContent.Contains("dikembalikan"));
        using var opened = await writer.SubmitAsync(item.QuerySelector<IHtmlFormElement>("form")!);

        Assert.Equal($"{UrlMap.EditArticle(id)}#catatan-{noteId}", opened.Headers.Location!.OriginalString);
        Assert.Contains(note, (await writer.GetDocumentAsync(UrlMap.EditArticle(id))).GetElementById($"catatan-{noteId}")!.TextContent);
        Assert.Empty((await writer.GetDocumentAsync(UrlMap.Notifications)).QuerySelectorAll("li.notification.unread"));
    }

    [Fact]
    public async Task SomeoneElsesNotification_IsNotFound_AndReadAllTouchesOnlyMine()
    {
        var writer = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        var (emailA, emailB) = (await factory.CreateStaffAsync(StaffRoles.Editor), await factory.CreateStaffAsync(StaffRoles.Editor));
        var (editorA, editorB) = (await factory.LoginAsync(emailA), await factory.LoginAsync(emailB));
        var id = await SendAsync(writer, "Notifikasi Milik " + Guid.NewGuid().ToString("N")[..8]);
        var notes = await factory.WithDbAsync(db => db.StaffNotifications.Where(n => n.ArticleId == id)
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => new { n.Id, u.Email }).ToListAsync());
        var ofB = notes.Single(n => n.Email == emailB).Id;
        Assert.Contains(notes, n => n.Email == TempoAppFactory.AdminEmail);

        // A's list never shows B's; opening B's id is a 404 and leaves it unread.
        var shownToA = (await editorA.GetDocumentAsync(UrlMap.Notifications)).QuerySelectorAll<IHtmlFormElement>("li.notification form")
            .Select(f => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(f.GetAttribute("action")!.Split('?')[1])["id"].ToString()).ToList();
        Assert.NotEmpty(shownToA);
        Assert.DoesNotContain(ofB.ToString(), shownToA);
        using (var foreign = await editorA.PostWithTokenAsync($"{UrlMap.Notifications}?handler=Open&id={ofB}", []))
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        using (var all = await editorA.SubmitFormAsync(UrlMap.Notifications, "form[action*='handler=ReadAll']"))
            Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, BellCount(await editorA.GetDocumentAsync(UrlMap.Notifications)));
        var unread = await factory.WithDbAsync(db => db.StaffNotifications.Where(n => n.ArticleId == id && n.ReadAtUtc == null).Select(n => n.Id).ToListAsync());
        Assert.Equal(notes.Where(n => n.Email != emailA).Select(n => n.Id).Order(), unread.Order());
        Assert.True(BellCount(await editorB.GetDocumentAsync(UrlMap.Notifications)) > 0);
    }
}
