using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// Issue 21: two editors save the same story from forms opened at the same version. Changes to different fields merge
/// themselves (and the message says what came from whom); a field both changed comes back with both versions side by
/// side and a choice per field, applied on top of the colleague's version.
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

    [Fact]
    public async Task BothChangeTitleAndBody_AChoicePerField_TheirTitleAndTheMergedBodyAreSaved()
    {
        var (id, title, secondPage, second, _) = await OverlapAsync("Pilih Versi", "Fajar Redaktur");
        var merge = secondPage.QuerySelector(".conflict-merge")!;
        var legends = merge.QuerySelectorAll(".conflict-choice legend").Select(l => l.Text().Trim()).ToList();
        Assert.Equal(["Judul", "Isi"], legends);
        var sides = merge.QuerySelectorAll("#choice-judul .conflict-side-title").Select(h => h.Text()).ToList();
        Assert.Matches(@"^Versi Fajar Redaktur, \d\d:\d\d$", sides[0]);
        Assert.Equal("Versi Anda", sides[1]);
        Assert.Contains("Satu", merge.QuerySelector("#choice-judul .conflict-side")!.Text());
        // The deck only the second editor changed stays theirs without a question.
        Assert.Contains("Perubahan Anda pada ringkasan tetap", merge.Text());
        // The merged text starts as both versions' lines, the shared ones once.
        var mergedBody = secondPage.ValueOf("Input.MergedBody")!;
        Assert.Contains("Paragraf satu dari Fajar.", mergedBody);
        Assert.Contains("Paragraf dua dari penyunting kedua.", mergedBody);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(mergedBody, "Pembuka bersama"));

        using var saved = await second.SubmitAsync(secondPage.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!, new Dictionary<string, string>
        {
            ["Input.Choices[judul]"] = "theirs",
            ["Input.Choices[isi]"] = "merged",
            ["Input.MergedBody"] = "Pembuka bersama.\n\nParagraf satu dari Fajar, disunting.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Title, a.BodyMarkdown, a.Deck }).SingleAsync());
        Assert.Equal((title + " Satu", "Pembuka bersama.\n\nParagraf satu dari Fajar, disunting.", "Ringkasan dari penyunting kedua"), (article.Title, article.BodyMarkdown, article.Deck));
    }

    [Fact]
    public async Task ChoosingMine_KeepsTheFormsValue()
    {
        var (id, title, secondPage, second, _) = await OverlapAsync("Pilih Milik Sendiri", "Gita Redaktur");
        using var saved = await second.SubmitAsync(secondPage.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Title, a.BodyMarkdown }).SingleAsync());
        Assert.Equal((title + " Dua", "Pembuka bersama.\n\nParagraf dua dari penyunting kedua."), (article.Title, article.BodyMarkdown));
    }

    [Fact]
    public async Task AThirdSave_BeforeTheChoice_ConflictsAgain_AndIsNotOverwritten()
    {
        var (id, title, secondPage, second, first) = await OverlapAsync("Simpan Ketiga", "Hana Redaktur");
        (await first.EditArticleAsync(id, new() { ["Input.Title"] = title + " Tiga" })).Dispose();

        using var again = await second.SubmitAsync(secondPage.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!,
            new Dictionary<string, string> { ["Input.Choices[judul]"] = "mine" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("sudah disimpan orang lain", await EditorActions.ErrorsOfAsync(again));
        Assert.Equal(title + " Tiga", await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task PratinjauAfterAConflict_KeepsTheChoices_SoTheColleaguesOtherFieldIsNotOverwritten()
    {
        var (id, title, page, second, _) = await ConflictAsync("Pratinjau Bentrok", "Eka Redaktur",
            title => new() { ["Input.Title"] = title + " Satu", ["Input.SourceLine"] = "REUTERS" }, title => new() { ["Input.Title"] = title + " Dua" });
        var conflictForm = page.QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;

        using var preview = await second.SubmitAsync(conflictForm, button: conflictForm.QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Preview']"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        using var saved = await second.SubmitAsync((await HtmlDocuments.ParseAsync(preview)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Title, a.SourceLine }).SingleAsync());
        Assert.Equal((title + " Dua", "REUTERS"), (article.Title, article.SourceLine));
    }

    /// <summary>Two editors change the title and the body of one story from forms opened together; returns the second's conflict page.</summary>
    private Task<(int Id, string Title, IDocument Page, HttpClient Second, HttpClient First)> OverlapAsync(string prefix, string firstName) =>
        ConflictAsync(prefix, firstName,
            title => new() { ["Input.Title"] = title + " Satu", ["Input.Body"] = "Pembuka bersama.\n\nParagraf satu dari Fajar." },
            title => new()
            {
                ["Input.Title"] = title + " Dua",
                ["Input.Body"] = "Pembuka bersama.\n\nParagraf dua dari penyunting kedua.",
                ["Input.Deck"] = "Ringkasan dari penyunting kedua",
            });

    /// <summary>Two editors open one story (its body "Pembuka bersama."); the first saves its changes, the second's save is refused.</summary>
    private async Task<(int Id, string Title, IDocument Page, HttpClient Second, HttpClient First)> ConflictAsync(string prefix, string firstName,
        Func<string, Dictionary<string, string>> firstChanges, Func<string, Dictionary<string, string>> secondChanges)
    {
        var first = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, firstName));
        var second = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = prefix + " " + Guid.NewGuid().ToString("N")[..6];
        var id = await first.CreateArticleAsync(new(EditorActions.ArticleFields(title)) { ["Input.Body"] = "Pembuka bersama." });
        var firstForm = await first.EditFormAsync(id);
        var secondForm = await second.EditFormAsync(id);

        (await first.SubmitAsync(firstForm, firstChanges(title))).Dispose();
        using var refused = await second.SubmitAsync(secondForm, secondChanges(title));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        return (id, title, await HtmlDocuments.ParseAsync(refused), second, first);
    }
}
