using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// Issue 21: two editors save the same story from forms opened at the same version. Changes to different fields merge
/// themselves (and the message says what came from whom); a field both changed comes back for a merge by hand.
/// </summary>
public class ConflictMergeTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task TitleByOne_BodyByTheOther_BothSurvive_AndTheMessageSaysSo()
    {
        var first = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Bayu Redaktur"));
        var second = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Gabung Otomatis " + Guid.NewGuid().ToString("N")[..6];
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields(title));
        var firstForm = await first.EditFormAsync(id);
        var secondForm = await second.EditFormAsync(id);

        (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Title"] = title + " Diperbarui" })).Dispose();
        using var merged = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Body"] = "TEMPO.CO, Jakarta - Isi baru dari penyunting kedua." });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Title, a.BodyMarkdown }).SingleAsync());
        Assert.Equal(title + " Diperbarui", saved.Title);
        Assert.Equal("TEMPO.CO, Jakarta - Isi baru dari penyunting kedua.", saved.BodyMarkdown);
        var flash = (await second.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".flash")!.Text();
        Assert.Contains("Digabung otomatis: Bayu Redaktur menyimpan berita ini pukul", flash);
        Assert.Contains("(judul)", flash);
        Assert.Contains("perubahan Anda (isi)", flash);

        // The colleague whose title was merged with is told on their next load; the one who saved last is not.
        var told = (await first.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".colleague-change")!.Text();
        Assert.StartsWith("Berita ini diubah oleh ", told);
        Assert.Contains("sesudah Anda terakhir menyimpannya", told);
        Assert.Null((await second.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".colleague-change"));
    }

    [Fact]
    public async Task BothChangeTheTitle_NothingIsOverwritten_TheFormComesBackToMerge()
    {
        var first = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var second = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Bentrok Judul " + Guid.NewGuid().ToString("N")[..6];
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields(title));
        var firstForm = await first.EditFormAsync(id);
        var secondForm = await second.EditFormAsync(id);

        (await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Title"] = title + " Versi Satu" })).Dispose();
        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Title"] = title + " Versi Dua" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var merge = (await HtmlDocuments.ParseAsync(refused)).QuerySelector(".conflict-merge .diff-fields")!;
        // Two versions side by side in words, neither called deleted.
        Assert.Contains("[versi ", merge.Text());
        Assert.Contains("[teks Anda: ", merge.Text());
        Assert.DoesNotContain("dihapus", merge.Text());
        Assert.Contains("sudah disimpan orang lain", await EditorActions.ErrorsOfAsync(refused));
        Assert.Equal(title + " Versi Satu", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }
}
