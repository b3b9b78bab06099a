using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>Revisions: none for an unchanged save; who by name; word diffs between any two; restores labelled, audited and undoable; conflicts merged in place.</summary>
public class RevisionHistoryTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private Task<int> RevisionCountAsync(int id) => factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));

    private async Task<HttpClient> EditorNamedAsync(string name) => await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, name));

    [Fact]
    public async Task SavingUnchanged_CreatesNoRevision_AndKeepsTheVersion()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Tanpa Perubahan " + Guid.NewGuid().ToString("N")[..8]));
        // The first save through the form may round the publish time to the minute; from then on the form is stable.
        (await editor.EditArticleAsync(id, [])).Dispose();
        var revisions = await RevisionCountAsync(id);
        var version = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());

        using var again = await editor.EditArticleAsync(id, []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(revisions, await RevisionCountAsync(id));
        Assert.Equal(version, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync()));

        (await editor.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan yang benar-benar baru." })).Dispose();
        Assert.Equal(revisions + 1, await RevisionCountAsync(id));
    }

    [Fact]
    public async Task History_ShowsNamesAndAWordDiffBetweenAnyTwoRevisions()
    {
        var author = await EditorNamedAsync("Rina Wartawati");
        var id = await author.CreateArticleAsync(new(EditorActions.ArticleFields("Diff Kata " + Guid.NewGuid().ToString("N")[..8])) { ["Input.Body"] = "Hujan deras turun di Jakarta pagi ini." });
        var second = await EditorNamedAsync("Budi Redaktur");
        (await second.EditArticleAsync(id, new() { ["Input.Body"] = "Hujan ringan turun di Bogor pagi ini." })).Dispose();
        (await author.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan ketiga." })).Dispose();

        var history = await author.GetDocumentAsync($"/editor/articles/history/{id}?from=1&to=2");
        var rows = history.QuerySelectorAll("tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(rows, r => r.StartsWith("2") && r.Contains("Budi Redaktur"));
        Assert.Contains(rows, r => r.StartsWith("1") && r.Contains("Rina Wartawati"));
        Assert.DoesNotContain(rows, r => r.Contains("@tempoclone.test"));

        var diff = history.QuerySelector(".revision-diff")!;
        Assert.Equal(["deras", "Jakarta"], diff.QuerySelectorAll("del").Select(d => d.Text().Replace("[dihapus: ", "").TrimEnd(']').Trim()));
        Assert.Equal(["ringan", "Bogor"], diff.QuerySelectorAll("ins").Select(d => d.Text().Replace("[ditambah: ", "").TrimEnd(']').Trim()));
        Assert.DoesNotContain("Ringkasan", diff.QuerySelectorAll("dt").Select(d => d.Text()));

        // Any two: 1 against 3 also shows the summary's change.
        var wide = await author.GetDocumentAsync($"/editor/articles/history/{id}?from=3&to=1");
        Assert.Contains("Ringkasan", wide.QuerySelectorAll(".revision-diff dt").Select(d => d.Text()));
    }

    [Fact]
    public async Task Restore_IsConfirmed_Labelled_Audited_AndCanBeUndone()
    {
        var editor = await EditorNamedAsync("Sari Pemulih");
        var title = "Pulihkan Berlabel " + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreateArticleAsync(new(EditorActions.ArticleFields(title)) { ["Input.Body"] = "Isi pertama." });
        (await editor.EditArticleAsync(id, new() { ["Input.Body"] = "Isi kedua." })).Dispose();

        var confirm = await editor.GetDocumentAsync($"/editor/articles/confirm/{id}?what=restore&rev=1");
        Assert.Contains("Pulihkan revisi 1", confirm.QuerySelector("h2")!.Text());
        using var restore = await editor.SubmitAsync(confirm.QuerySelector<IHtmlFormElement>("form.confirm-actions")!);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);

        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal("Isi pertama.", edit.ValueOf("Input.Body"));
        var history = await editor.GetDocumentAsync($"/editor/articles/history/{id}");
        Assert.Contains("Pemulihan revisi 1", history.QuerySelector("tbody tr")!.Text());
        Assert.Contains("memulihkan revisi 1", await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync()));
        var audit = await editor.GetDocumentAsync("/editor/audit");
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), r => r.Text().Contains("memulihkan revisi 1") && r.Text().Contains("Sari Pemulih"));

        // Urungkan: the undo button came with the message, and brings back what was current.
        var undo = edit.QuerySelector<IHtmlFormElement>("form.undo-form");
        Assert.NotNull(undo);
        using var undone = await editor.SubmitAsync(undo!);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal("Isi kedua.", (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).ValueOf("Input.Body"));
    }

    [Fact]
    public async Task Conflict_ShowsTheDiffAgainstTheNewerVersion_AndTheMergedSaveGoesThrough()
    {
        var first = await EditorNamedAsync("Editor Cepat");
        var second = await EditorNamedAsync("Editor Lambat");
        var id = await first.CreateArticleAsync(new(EditorActions.ArticleFields("Konflik Gabung " + Guid.NewGuid().ToString("N")[..8])) { ["Input.Body"] = "Presiden meresmikan jembatan baru." });
        var secondForm = await second.EditFormAsync(id);
        (await first.EditArticleAsync(id, new() { ["Input.Body"] = "Presiden meresmikan jembatan baru di Kalimantan." })).Dispose();

        using var lost = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Body"] = "Wakil presiden meresmikan jembatan baru." });
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await HtmlDocuments.ParseAsync(lost);
        var merge = page.QuerySelector(".conflict-merge")!;
        Assert.Contains("Editor Cepat", merge.Text());
        Assert.Contains("Kalimantan", string.Join(" ", merge.QuerySelectorAll("del").Select(d => d.Text())));
        Assert.Contains("Wakil", string.Join(" ", merge.QuerySelectorAll("ins").Select(d => d.Text())));
        Assert.Equal("Wakil presiden meresmikan jembatan baru.", page.ValueOf("Input.Body"));

        // Merged in place, saved with one click.
        using var merged = await second.SubmitAsync(page.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!,
            new Dictionary<string, string> { ["Input.Body"] = "Wakil presiden meresmikan jembatan baru di Kalimantan." });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("Wakil presiden meresmikan jembatan baru di Kalimantan.",
            await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync()));
    }
}
