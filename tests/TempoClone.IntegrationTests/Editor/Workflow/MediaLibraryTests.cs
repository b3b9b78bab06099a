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

    /// <summary>A stored photo no story uses (yet): uploaded as a draft's lead photo, which is removed again.</summary>
    private async Task<string> UnusedPhotoAsync(HttpClient editor)
    {
        var (_, _, path) = await ArticleWithPhotoAsync("Draft", editor);
        var draftId = await factory.WithDbAsync(db => db.Articles.Where(a => a.LeadPhoto!.ImagePath == path).Select(a => a.Id).SingleAsync());
        (await editor.EditArticleAsync(draftId, new() { ["Input.RemovePhoto"] = "true" })).Dispose();
        return path;
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

    /// <summary>Issue 22: the library printed a literal &lt;photo-image&gt; element (the editor area did not register the tag helper).</summary>
    [Fact]
    public async Task Library_ShowsEachPhotoAsARealThumbnail()
    {
        var (editor, caption, path) = await ArticleWithPhotoAsync();
        var library = await editor.GetDocumentAsync("/editor/media?q=" + Uri.EscapeDataString(caption));
        var item = Assert.Single(library.QuerySelectorAll(".media-item"));
        Assert.Null(item.QuerySelector("photo-image"));
        var img = item.QuerySelector("picture img")!;
        Assert.Equal("/media/" + path, img.GetAttribute("src"));
        Assert.Contains(" 200w", img.GetAttribute("srcset"));
        using var thumbnail = await editor.GetAsync(img.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
    }

    [Fact]
    public async Task SameFileUploadedTwice_IsOneStoredPhoto_AndOneLibraryEntry()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var credit = "TEMPO/Kembar " + Guid.NewGuid().ToString("N")[..8];
        var bytes = TestImages.Png(173, 91);
        var ids = new List<int>();
        foreach (var caption in new[] { "Pertama diunggah", "Kedua kali diunggah" })
        {
            var fields = EditorActions.ArticleFields("Foto Kembar " + Guid.NewGuid().ToString("N")[..8]);
            fields["Input.PhotoCaption"] = caption;
            fields["Input.PhotoCredit"] = credit;
            fields["Input.PhotoAlt"] = "Foto yang sama";
            ids.Add(await editor.CreateArticleAsync(fields, TestImages.PhotoField(bytes)));
        }

        var paths = await factory.WithDbAsync(db => db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.LeadPhoto!.ImagePath!).ToListAsync());
        Assert.Equal(2, paths.Count);
        Assert.Single(paths.Distinct());
        var library = await editor.GetDocumentAsync("/editor/media?q=" + Uri.EscapeDataString(credit));
        // The newest use's texts describe the one entry.
        Assert.Contains("Kedua kali diunggah", Assert.Single(library.QuerySelectorAll(".media-item")).Text());
        Assert.Single(Directory.GetFiles(Path.Combine(factory.Folder, "media"), Path.GetFileName(paths[0]), SearchOption.AllDirectories));
    }

    /// <summary>Issue 22: the library listed only lead photos; a photo in the text, a gallery or the image for sharing was not in it.</summary>
    [Fact]
    public async Task Library_ListsEveryStoredPhotoOncePerFile_WithEachStoryUsingItAndHow()
    {
        var (editor, caption, leadAndText) = await ArticleWithPhotoAsync();
        // A photo whose only use is in a text.
        var textOnly = await UnusedPhotoAsync(editor);
        var word = "Mercusuar" + Guid.NewGuid().ToString("N")[..6];
        var fields = EditorActions.ArticleFields("Cerita Foto " + word);
        fields["Input.Body"] = Pages.PhotoStoriesTests.GalleryBody([leadAndText, textOnly]);
        await editor.CreateArticleAsync(fields);

        var byCaption = Assert.Single((await editor.GetDocumentAsync("/editor/media?q=" + Uri.EscapeDataString(caption))).QuerySelectorAll(".media-item"));
        Assert.Contains(caption, byCaption.QuerySelector(".media-caption")!.TextContent);
        var uses = byCaption.QuerySelectorAll(".media-uses li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, uses.Count);
        Assert.Contains(uses, use => use.Contains(word) && use.Contains("di dalam teks"));
        Assert.Contains(uses, use => use.Contains("foto utama"));

        var byTitle = (await editor.GetDocumentAsync("/editor/media?q=" + word)).QuerySelectorAll(".media-item");
        Assert.Equal(2, byTitle.Length);
        var inTextOnly = Assert.Single(byTitle, item => item.QuerySelector("img")!.GetAttribute("src") == "/media/" + textOnly);
        Assert.Contains("di dalam teks", Assert.Single(inTextOnly.QuerySelectorAll(".media-uses li")).TextContent);
        Assert.Contains(" 200w", inTextOnly.QuerySelector("img")!.GetAttribute("srcset"));
        // And the form takes it as a lead photo from the library, though no story has it as one.
        Assert.Equal(textOnly, (await editor.GetDocumentAsync("/editor/articles/edit?media=" + Uri.EscapeDataString(textOnly))).ValueOf("Input.PhotoPath"));
    }

    /// <summary>Issue 20: unsearched, the library reads the stories with a lead photo or a social image through their own
    /// indexes (last changed first); a photo only ever used as a social image is listed and taken by the form.</summary>
    [Fact]
    public async Task Library_WithoutASearch_ListsTheNewestLeadAndSocialPhotos_AndTheFormTakesASocialOnlyPhoto()
    {
        var (editor, _, lead) = await ArticleWithPhotoAsync();
        var socialOnly = await UnusedPhotoAsync(editor);
        var fields = EditorActions.ArticleFields("Foto Bagikan " + Guid.NewGuid().ToString("N")[..8]);
        fields["Input.SocialImagePath"] = socialOnly;
        await editor.CreateArticleAsync(fields);

        var items = (await editor.GetDocumentAsync("/editor/media")).QuerySelectorAll(".media-item");

        IElement Item(string path) => Assert.Single(items, item => item.QuerySelector("img")!.GetAttribute("src") == "/media/" + path);
        Assert.Contains("foto utama", Item(lead).QuerySelector(".media-uses")!.TextContent);
        Assert.Contains("foto saat dibagikan", Assert.Single(Item(socialOnly).QuerySelectorAll(".media-uses li")).TextContent);
        Assert.Equal(socialOnly, (await editor.GetDocumentAsync("/editor/articles/edit?media=" + Uri.EscapeDataString(socialOnly))).ValueOf("Input.PhotoPath"));
    }
}
