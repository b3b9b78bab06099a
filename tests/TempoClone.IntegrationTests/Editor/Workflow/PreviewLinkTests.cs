using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>Preview links: the whole reader page of a story not live yet, for a limited time. Moves the clock, so it has its own app.</summary>
public class PreviewLinkTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<(HttpClient Editor, int Id, string Title, string PickTitle, string RelatedTitle)> ScheduledStoryAsync()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var pickTitle = "Pilihan Pratinjau " + suffix;
        var relatedTitle = "Terkait Pratinjau " + suffix;
        var pickId = await editor.CreateArticleAsync(EditorActions.ArticleFields(pickTitle));
        var relatedId = await editor.CreateArticleAsync(EditorActions.ArticleFields(relatedTitle));
        var title = "Jadwal Pratinjau " + suffix;
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PublishAt"] = JakartaTime.InputValue(factory.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        fields["Input.EditorsPick"] = pickId.ToString();
        fields["Input.Related"] = relatedId.ToString();
        fields["Input.PhotoCaption"] = "Keterangan foto pratinjau";
        fields["Input.PhotoCredit"] = "TEMPO/Uji";
        fields["Input.PhotoAlt"] = "Foto uji pratinjau";
        var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(320, 200)));
        return (editor, id, title, pickTitle, relatedTitle);
    }

    [Fact]
    public async Task ScheduledStory_LihatDiSitusOpensTheWholeReaderPage_NotCachedNotIndexed()
    {
        var (editor, id, title, pickTitle, relatedTitle) = await ScheduledStoryAsync();
        var edit = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        var seeOnSite = edit.QuerySelectorAll("a").Single(a => a.Text() == "Lihat di situs").GetAttribute("href")!;
        Assert.StartsWith(UrlMap.PreviewPrefix + "/", seeOnSite);

        // Anyone holding the link: a reader client without a staff cookie.
        using var response = await factory.CreateReaderClient().GetAsync(seeOnSite);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name='robots']")!.GetAttribute("content"));
        Assert.Contains("dijadwalkan terbit", page.QuerySelector(".preview-notice")!.Text());
        Assert.Equal(title, page.QuerySelector("h1")!.Text());
        Assert.Contains("Sita Dewi", page.QuerySelector(".byline")!.Text());
        Assert.EndsWith("WIB", page.QuerySelector(".dateline")!.Text());
        Assert.Equal("Foto uji pratinjau", page.QuerySelector("figure.lead-photo img")!.GetAttribute("alt"));
        Assert.Contains("Paragraf pertama " + title, page.QuerySelector(".article-body")!.Text());
        Assert.Equal(pickTitle, page.QuerySelector(".editors-pick a")!.Text());
        Assert.Contains(relatedTitle, page.QuerySelector("section.related")!.Text());

        // The story itself is still not public.
        using var reader = await factory.CreateReaderClient().GetAsync(await factory.UrlOfAsync(title));
        Assert.Equal(HttpStatusCode.NotFound, reader.StatusCode);
    }

    [Fact]
    public async Task PreviewLink_ExpiresAfter48Hours_AndAForgedTokenIs404()
    {
        using var app = new TempoAppFactory();
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Draf Kedaluwarsa " + Guid.NewGuid().ToString("N")[..8], "Draft"));
        var link = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".preview-share a")!.GetAttribute("href")!;
        var reader = app.CreateReaderClient();

        app.Clock.Advance(PreviewLinks.Lifetime - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await reader.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("kedaluwarsa", (await HtmlDocuments.ParseAsync(expired)).QuerySelector("h1")!.Text());

        using var forged = await reader.GetAsync(link[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        using var junk = await reader.GetAsync(UrlMap.PreviewPrefix + "/" + new string('a', 40));
        Assert.Equal(HttpStatusCode.NotFound, junk.StatusCode);
    }

    [Fact]
    public async Task TrashedStory_HasNoPreview()
    {
        var (editor, id, _, _, _) = await ScheduledStoryAsync();
        var link = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".preview-share a")!.GetAttribute("href")!;
        (await editor.SubmitFormAsync($"/editor/articles/confirm/{id}?what=trash", "form.confirm-actions")).Dispose();
        Assert.Equal(HttpStatusCode.Gone, (await factory.CreateReaderClient().GetAsync(link)).StatusCode);
    }

    /// <summary>Issue 18, medium 5: a link taken while the story was a draft still showed it after it was published and withdrawn.</summary>
    [Fact]
    public async Task PreviewLink_TakenAsDraft_IsRevokedOnceTheStoryIsPublishedAndWithdrawn_ButSurvivesOrdinarySaves()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Draf Lalu Ditarik " + Guid.NewGuid().ToString("N")[..8];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title, "Draft"));
        var link = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".preview-share a")!.GetAttribute("href")!;
        var reader = factory.CreateReaderClient();
        using (await editor.EditArticleAsync(id, new Dictionary<string, string> { ["Input.Deck"] = "Ringkasan yang diperbaiki." })) { }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);

        using (var publish = await editor.EditArticleAsync(id, new Dictionary<string, string>(), "button[formaction*='handler=Publish']"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        using (var withdraw = await editor.EditArticleAsync(id, new Dictionary<string, string> { ["Input.Status"] = "Unpublished", ["confirm"] = EditModel.UnpublishConfirmation }))
            Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        using var revoked = await reader.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        var page = await HtmlDocuments.ParseAsync(revoked);
        Assert.Contains("kedaluwarsa", page.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("Paragraf pertama " + title, page.Body!.TextContent);
        // A link taken now is the staff's choice again.
        var fresh = (await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector(".preview-share a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(fresh)).StatusCode);
    }
}
