using AngleSharp.Dom;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>The photo library: stored photos with their texts, searchable, reused as a lead photo without a new upload.</summary>
public class MediaLibraryTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<(HttpClient Editor, string Caption, string Path)> ArticleWithPhotoAsync(string status = "Published", HttpClient? client = null)
    {
        var editor = client ?? await factory.LoginAsNewAsync(StaffRoles.Editor);
        var caption = "Perahu nelayan pustaka " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorActions.ArticleFields("Foto Pustaka " + Guid.NewGuid().ToString("N")[..8], status);
        fields["Input.PhotoCaption"] = caption;
        fields["Input.PhotoCredit"] = "TEMPO/Pustaka";
        fields["Input.PhotoAlt"] = "Perahu di dermaga";
        var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(200, 120)));
        var path = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync());
        return (editor, caption, path);
    }

    [Fact]
    public async Task Library_FindsAPhotoByCaption_AndANewArticleReusesItWithoutUploading()
    {
        var (editor, caption, path) = await ArticleWithPhotoAsync();
        var library = await editor.GetDocumentAsync("/editor/media?q=" + Uri.EscapeDataString(caption));
        var item = Assert.Single(library.QuerySelectorAll(".media-item"));
        Assert.Contains("TEMPO/Pustaka", item.Text());
        Assert.Contains("Perahu di dermaga", item.Text());
        var use = item.QuerySelector("a.button")!.GetAttribute("href")!;

        // Opening the form with the photo changes nothing until Simpan.
        var before = factory.DatabaseFingerprint();
        var form = await editor.GetDocumentAsync(use + "&kanal=internasional");
        Assert.Equal(before, factory.DatabaseFingerprint());
        Assert.Equal(path, form.ValueOf("Input.PhotoPath"));
        Assert.Equal(caption, form.ValueOf("Input.PhotoCaption"));
        Assert.Equal("TEMPO/Pustaka", form.ValueOf("Input.PhotoCredit"));
        Assert.Equal("Perahu di dermaga", form.ValueOf("Input.PhotoAlt"));

        var title = "Pakai Ulang Foto " + Guid.NewGuid().ToString("N")[..8];
        using var saved = await editor.SubmitAsync(form.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>(EditorActions.FormSelector)!,
            new Dictionary<string, string>(EditorActions.ArticleFields(title)) { ["Input.PhotoPath"] = path, ["Input.PhotoCaption"] = caption, ["Input.PhotoAlt"] = "Perahu di dermaga" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(path, await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.LeadPhoto!.ImagePath).SingleAsync()));
    }

    [Fact]
    public async Task LibraryJson_ForThePicker_HasTheTexts_AndKontributorSeesNoOneElsesDraftPhotos()
    {
        var (editor, caption, path) = await ArticleWithPhotoAsync("Draft");
        using var json = await editor.GetAsync("/editor/media?handler=Json&q=" + Uri.EscapeDataString(caption));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var photo = Assert.Single(JsonSerializer.Deserialize<JsonElement[]>(await json.Content.ReadAsStringAsync())!);
        Assert.Equal(path, photo.GetProperty("path").GetString());
        Assert.Equal("/media/" + path, photo.GetProperty("url").GetString());

        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        Assert.Empty((await kontributor.GetDocumentAsync("/editor/media?q=" + Uri.EscapeDataString(caption))).QuerySelectorAll(".media-item"));
        // Nor can it be slipped in by its path.
        Assert.Equal("", (await kontributor.GetDocumentAsync("/editor/articles/edit?media=" + Uri.EscapeDataString(path))).ValueOf("Input.PhotoPath") ?? "");
    }

    [Fact]
    public async Task EditForm_WithABadMediaPath_IgnoresIt()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        foreach (var bad in new[] { "../appsettings.json", "unggahan/abc.jpg", new string('a', 500), "2026/tidak-ada.jpg" })
        {
            using var response = await editor.GetAsync("/editor/articles/edit?media=" + Uri.EscapeDataString(bad));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("", (await HtmlDocuments.ParseAsync(response)).ValueOf("Input.PhotoPath") ?? "");
        }
    }
}
