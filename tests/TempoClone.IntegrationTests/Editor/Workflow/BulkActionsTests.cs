using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// Issue 21: several stories ticked on the list are published, withdrawn, moved or trashed after a confirm step that
/// names them; each through the write path (revision, audit line); a story changed meanwhile is skipped and named;
/// "Urungkan" puts back exactly those stories.
/// </summary>
public class BulkActionsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(int Id, string Title)[]> StoriesAsync(HttpClient editor, string status, int count)
    {
        var stories = new List<(int, string)>();
        for (var i = 0; i < count; i++)
        {
            var title = Unique("Berita Massal " + (char)('A' + i));
            stories.Add((await editor.CreateArticleAsync(EditorActions.ArticleFields(title, status)), title));
        }
        return [.. stories];
    }

    private static string ConfirmUrl(string verb, IEnumerable<int> ids, int? kanal = null) =>
        $"/editor/articles/bulk?aksi={verb}&" + string.Join('&', ids.Select(id => "id=" + id)) + (kanal is null ? "" : $"&kanal={kanal}");

    private Task<Dictionary<int, (ArticleStatus Status, DateTime PublishedAtUtc, int KanalId, bool Trashed)>> StateAsync(IEnumerable<int> ids)
    {
        var wanted = ids.ToList();
        return factory.WithDbAsync(db => db.Articles.Where(a => wanted.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.Status, a.PublishedAtUtc, a.KanalId, a.DeletedAtUtc != null)));
    }

    [Fact]
    public async Task Withdraw_ThreeStories_ConfirmNamesThem_AuditedEach_ThenUndoPublishesThemAtTheirDates()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var stories = await StoriesAsync(editor, "Published", 3);
        var ids = stories.Select(s => s.Id).ToArray();
        var before = await StateAsync(ids);
        var list = await editor.GetDocumentAsync("/editor?q=" + Uri.EscapeDataString(stories[0].Title));
        Assert.NotNull(list.QuerySelector($"input.bulk-pick[form='bulk-form'][value='{ids[0]}']"));
        Assert.Contains("Tarik dari situs", list.QuerySelector("#bulk-form select[name='aksi']")!.TextContent);

        var confirm = await editor.GetDocumentAsync(ConfirmUrl("tarik", ids));
        Assert.Equal("Tarik 3 berita dari situs?", confirm.QuerySelector("#confirm-question")!.Text());
        Assert.Equal(stories.Select(s => s.Title), confirm.QuerySelectorAll(".bulk-stories li").Select(li => li.Text()));
        using var apply = await editor.SubmitAsync(confirm.QuerySelector<IHtmlFormElement>("form.confirm-actions")!);
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);

        Assert.All((await StateAsync(ids)).Values, s => Assert.Equal(ArticleStatus.Unpublished, s.Status));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId != null && ids.Contains(e.ArticleId.Value) && e.Action == AuditVerbs.Withdrawn).CountAsync());
        Assert.Equal(3, audit);
        var after = await editor.GetDocumentAsync("/editor");
        Assert.Contains("3 berita ditarik dari situs.", after.QuerySelector(".flash")!.Text());

        using var undo = await editor.SubmitAsync(after.QuerySelector<IHtmlFormElement>("form.undo-form")!);
        Assert.Equal(before, await StateAsync(ids));
        Assert.Contains("3 berita kembali seperti sebelumnya", (await editor.GetDocumentAsync("/editor")).QuerySelector(".flash")!.Text());
    }

    [Fact]
    public async Task Publish_AStoryChangedAfterTheConfirmPage_IsSkippedAndNamed_OthersPublish()
    {
        var editor = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Rina Penyunting"));
        var stories = await StoriesAsync(editor, "Draft", 3);
        var confirm = await editor.GetDocumentAsync(ConfirmUrl("terbitkan", stories.Select(s => s.Id)));
        (await editor.EditArticleAsync(stories[1].Id, new() { ["Input.Deck"] = "Diubah sementara itu" })).Dispose();

        (await editor.SubmitAsync(confirm.QuerySelector<IHtmlFormElement>("form.confirm-actions")!)).Dispose();

        var state = await StateAsync(stories.Select(s => s.Id));
        Assert.Equal(ArticleStatus.Published, state[stories[0].Id].Status);
        Assert.Equal(ArticleStatus.Draft, state[stories[1].Id].Status);
        Assert.Equal(ArticleStatus.Published, state[stories[2].Id].Status);
        var flash = (await editor.GetDocumentAsync("/editor")).QuerySelector(".flash")!.Text();
        Assert.Contains("2 berita terbit.", flash);
        Assert.Contains($"\"{stories[1].Title}\" (diubah Rina Penyunting pukul", flash);
    }

    [Fact]
    public async Task MoveToKanal_AndTrash_ThenUndo_PutBackExactlyThoseStories()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var stories = await StoriesAsync(editor, "Published", 2);
        var ids = stories.Select(s => s.Id).ToArray();
        var before = await StateAsync(ids);
        var kanalName = Unique("Kanal Tujuan");
        await editor.CreateArticleAsync(new(EditorActions.ArticleFields(Unique("Pembuka Kanal"), "Draft")) { ["Input.NewKanal"] = kanalName });
        var target = await factory.WithDbAsync(db => db.Kanals.Where(k => k.Name == kanalName).Select(k => new { k.Id, k.Name }).SingleAsync());

        var move = await editor.GetDocumentAsync(ConfirmUrl("pindah", ids, target.Id));
        Assert.Equal($"Pindahkan 2 berita ke kanal {target.Name}?", move.QuerySelector("#confirm-question")!.Text());
        (await editor.SubmitAsync(move.QuerySelector<IHtmlFormElement>("form.confirm-actions")!)).Dispose();
        Assert.All((await StateAsync(ids)).Values, s => Assert.Equal(target.Id, s.KanalId));
        (await editor.SubmitAsync((await editor.GetDocumentAsync("/editor")).QuerySelector<IHtmlFormElement>("form.undo-form")!)).Dispose();
        Assert.Equal(before, await StateAsync(ids));

        var trash = await editor.GetDocumentAsync(ConfirmUrl("sampah", ids));
        (await editor.SubmitAsync(trash.QuerySelector<IHtmlFormElement>("form.confirm-actions")!)).Dispose();
        Assert.All((await StateAsync(ids)).Values, s => Assert.True(s.Trashed));
        (await editor.SubmitAsync((await editor.GetDocumentAsync("/editor")).QuerySelector<IHtmlFormElement>("form.undo-form")!)).Dispose();
        Assert.Equal(before, await StateAsync(ids));
    }

    [Fact]
    public async Task Kontributor_CannotBulkPublish_AndIsOfferedOnlyTheMove()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        var own = await kontributor.CreateArticleAsync(EditorActions.ArticleFields(Unique("Draf Kontributor"), "Draft"));

        var list = await kontributor.GetDocumentAsync("/editor");
        Assert.Equal(["pindah"], list.QuerySelectorAll("#bulk-form select[name='aksi'] option").Select(o => o.GetAttribute("value")));
        using var page = await kontributor.GetAsync(ConfirmUrl("terbitkan", [own]));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var post = await kontributor.PostWithTokenAsync("/editor/articles/bulk?handler=Apply",
            [new("aksi", "terbitkan"), new("cerita", $"{own}.1")]);
        Assert.Equal(ArticleStatus.Draft, (await StateAsync([own]))[own].Status);
    }

    [Fact]
    public async Task Confirm_WithNothingTicked_OrNoKanal_SaysWhat_AndOddInputIsNever500()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var none = await editor.GetAsync("/editor/articles/bulk?aksi=tarik");
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Contains("Pilih dulu berita", (await editor.GetDocumentAsync("/editor")).QuerySelector(".flash")!.Text());
        foreach (var url in new[] { "/editor/articles/bulk?aksi=zzz&id=1", "/editor/articles/bulk?aksi=pindah&id=1&kanal=999999", "/editor/articles/bulk?aksi=tarik&id=abc" })
        {
            using var response = await editor.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        }
        using var undo = await editor.PostWithTokenAsync("/editor/articles/bulk?handler=Undo&aksi=tarik&sebelum=1.2.9.x.1&sebelum=..", []);
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
    }
}
