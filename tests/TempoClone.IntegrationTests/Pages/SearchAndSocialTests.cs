using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>The article form's search and social panel, and what the reader page's head says with and without it.</summary>
public class SearchAndSocialTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private sealed record Head(IDocument Page, JsonElement Ld)
    {
        public string? Meta(string selector) => Page.QuerySelector(selector)?.GetAttribute("content");
        public string Title => Page.Title ?? "";
    }

    private async Task<Head> ReaderHeadAsync(string title)
    {
        var page = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(title));
        return new Head(page, JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement);
    }

    private static Dictionary<string, string> WithPhoto(Dictionary<string, string> fields)
    {
        fields["Input.PhotoCaption"] = "Keterangan foto utama.";
        fields["Input.PhotoCredit"] = "TEMPO/Utama";
        fields["Input.PhotoAlt"] = "Foto utama";
        return fields;
    }

    private Task<string?> LeadPhotoPathAsync(int id) =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadPhoto!.ImagePath).SingleAsync());

    [Fact]
    public async Task ReaderPage_WithoutPanelFields_TagsUseHeadlineDeckAndLeadPhoto()
    {
        var title = $"Sosial Bawaan {Guid.NewGuid():N}"[..30];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(WithPhoto(EditorActions.ArticleFields(title)), TestImages.PhotoField(TestImages.Png()));
        var lead = TempoAppFactory.BaseUrl + "/media/" + await LeadPhotoPathAsync(id);

        var head = await ReaderHeadAsync(title);

        Assert.Equal($"{title} - TempoClone", head.Title);
        Assert.Equal("Ringkasan " + title, head.Meta("meta[name=description]"));
        Assert.Equal(title, head.Meta("meta[property='og:title']"));
        Assert.Equal("Ringkasan " + title, head.Meta("meta[property='og:description']"));
        Assert.Equal(lead, head.Meta("meta[property='og:image']"));
        Assert.Equal(title, head.Meta("meta[name='twitter:title']"));
        Assert.Equal("Ringkasan " + title, head.Meta("meta[name='twitter:description']"));
        Assert.Equal(lead, head.Meta("meta[name='twitter:image']"));
        Assert.Equal(title, head.Ld.GetProperty("headline").GetString());
        Assert.False(head.Ld.TryGetProperty("alternativeHeadline", out _));
        Assert.Equal("Ringkasan " + title, head.Ld.GetProperty("description").GetString());
        Assert.Equal(lead, head.Ld.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("Keterangan foto utama.", head.Ld.GetProperty("image").GetProperty("caption").GetString());
    }

    [Fact]
    public async Task ReaderPage_WithPanelFields_EveryTagUsesThemAndTheChosenImageIsPublic()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        // The image for sharing is another story's photo, a draft's: public only because this live story shares it.
        var draft = await editor.CreateArticleAsync(WithPhoto(EditorActions.ArticleFields($"Draf foto sosial {key}", "Draft")),
            TestImages.PhotoField(TestImages.Png(80, 42)));
        var socialPath = await LeadPhotoPathAsync(draft);
        var socialUrl = TempoAppFactory.BaseUrl + "/media/" + socialPath;
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateReaderClient().GetAsync("/media/" + socialPath)).StatusCode);

        var title = $"Sosial Diisi {key}";
        var fields = WithPhoto(EditorActions.ArticleFields(title));
        fields["Input.SearchTitle"] = $"Judul untuk Google {key}";
        fields["Input.SearchDescription"] = $"Deskripsi untuk Google {key}.";
        fields["Input.SocialTitle"] = $"Judul untuk WhatsApp {key}";
        fields["Input.SocialDescription"] = $"Deskripsi untuk dibagikan {key}.";
        fields["Input.SocialImagePath"] = socialPath!;
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));

        var head = await ReaderHeadAsync(title);

        Assert.Equal($"Judul untuk Google {key} - TempoClone", head.Title);
        Assert.Equal($"Deskripsi untuk Google {key}.", head.Meta("meta[name=description]"));
        Assert.Equal($"Judul untuk WhatsApp {key}", head.Meta("meta[property='og:title']"));
        Assert.Equal($"Deskripsi untuk dibagikan {key}.", head.Meta("meta[property='og:description']"));
        Assert.Equal(socialUrl, head.Meta("meta[property='og:image']"));
        Assert.Equal($"Judul untuk WhatsApp {key}", head.Meta("meta[name='twitter:title']"));
        Assert.Equal($"Deskripsi untuk dibagikan {key}.", head.Meta("meta[name='twitter:description']"));
        Assert.Equal(socialUrl, head.Meta("meta[name='twitter:image']"));
        // The page's own headline stays the headline; the search title is its alternative.
        Assert.Equal(title, head.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(title, head.Ld.GetProperty("headline").GetString());
        Assert.Equal($"Judul untuk Google {key}", head.Ld.GetProperty("alternativeHeadline").GetString());
        Assert.Equal($"Deskripsi untuk Google {key}.", head.Ld.GetProperty("description").GetString());
        Assert.Equal(socialUrl, head.Ld.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(title, head.Ld.GetProperty("image").GetProperty("caption").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateReaderClient().GetAsync("/media/" + socialPath)).StatusCode);
    }

    [Fact]
    public async Task Form_LongSearchTexts_AreSavedWithAWarningAndKeptInTheRevision()
    {
        var title = $"Sosial Panjang {Guid.NewGuid():N}"[..32];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title, "Draft"));
        var longTitle = "Judul pencarian yang sengaja dibuat jauh lebih panjang dari batas tampilan Google";
        var longDescription = string.Join(" ", Enumerable.Repeat("Deskripsi panjang untuk hasil pencarian.", 6));

        using var saved = await editor.EditArticleAsync(id, new() { ["Input.SearchTitle"] = longTitle, ["Input.SearchDescription"] = longDescription });

        // A warning, not a refusal: the save went through.
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal(longTitle, form.ValueOf("Input.SearchTitle"));
        Assert.Equal(longDescription, form.ValueOf("Input.SearchDescription"));
        var titleCount = form.QuerySelector("#SearchTitle-count")!;
        Assert.Contains("over", titleCount.ClassList);
        Assert.Contains("akan terpotong", titleCount.TextContent);
        Assert.Contains("over", form.QuerySelector("#SearchDescription-count")!.ClassList);
        Assert.Equal($"{longTitle} - TempoClone", form.QuerySelector(".serp-title")!.TextContent);
        // Unset social texts preview the headline and the summary, as the reader page will.
        Assert.All(form.QuerySelectorAll(".social-card-title"), t => Assert.Equal(title, t.TextContent));
        Assert.All(form.QuerySelectorAll(".social-card-description"), t => Assert.Equal("Ringkasan " + title, t.TextContent));
        var revision = await factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).Select(r => r.SnapshotJson).FirstAsync());
        Assert.Contains(longTitle, revision);
    }

    [Fact]
    public async Task Form_ShortSearchTitle_CountsWithoutWarning()
    {
        var title = $"Sosial Pendek {Guid.NewGuid():N}"[..24];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title, "Draft"));

        var form = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");

        var count = form.QuerySelector("#SearchTitle-count")!;
        Assert.DoesNotContain("over", count.ClassList);
        Assert.Equal($"{title.Length + " - TempoClone".Length} dari ±60 karakter judul di Google (dengan nama situs).", count.TextContent);
    }

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("unggahan/0123456789abcdef0123456789abcdef.png")]
    [InlineData("2026/ffffffffffffffffffffffffffffffff.jpg")]
    public async Task Form_SocialImageNotAStoredPhoto_IsRefusedInIndonesian(string path)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields($"Sosial Foto Salah {Guid.NewGuid():N}"[..34], "Draft");
        fields["Input.SocialImagePath"] = path;

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Foto untuk media sosial tidak ditemukan", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task History_ShowsAChangedSearchTitle()
    {
        var title = $"Sosial Riwayat {Guid.NewGuid():N}"[..32];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title, "Draft"));
        using var _ = await editor.EditArticleAsync(id, new() { ["Input.SearchTitle"] = "Judul khusus mesin pencari" });

        var history = await editor.GetDocumentAsync($"/editor/articles/history/{id}?from=1&to=2");

        Assert.Contains("Judul di pencarian", history.Body!.TextContent);
        Assert.Contains("Judul khusus mesin pencari", history.Body!.TextContent);
    }
}
