using System.Net;
using System.Text.RegularExpressions;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Publish times that never surprise: a live story leaves the site only when an editor says so.</summary>
public class PublishTimeTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task LiveStory_WithAFutureTimeTyped_StaysLive_UntilJadwalkanUlangIsTicked()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Berita Tayang Yang Tidak Boleh Hilang {Guid.NewGuid():N}";
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var url = await factory.UrlOfAsync(title);
        var future = JakartaTime.TypedTime(Now.AddHours(2));

        using var refused = await editor.EditArticleAsync(id, new() { ["Input.PublishAt"] = future });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlDocuments.ParseAsync(refused);
        Assert.Contains("sedang tampil di situs", page.QuerySelector(".form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Input.ConfirmReschedule']"));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);

        using var confirmed = await editor.EditArticleAsync(id, new() { ["Input.PublishAt"] = future, ["Input.ConfirmReschedule"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task LiveStory_SavedWithItsOwnTime_StaysLive_WithoutAsking()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Berita Tayang Disunting Biasa {Guid.NewGuid():N}";
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));

        using var saved = await editor.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan yang diperbaiki" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(await factory.UrlOfAsync(title))).StatusCode);
    }

    [Fact]
    public async Task TimeMessages_GiveAnExampleTheFieldAccepts()
    {
        // Past the 1 December 2026 the old fixed example named: an example must follow the clock.
        factory.Clock.Advance(TimeSpan.FromDays(10));
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields($"Berita Waktu Salah {Guid.NewGuid():N}");
        fields["Input.PublishAt"] = "kemarin sore";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, "button[formaction*='handler=Schedule']");

        var errors = await EditorActions.ErrorsOfAsync(response);
        var example = Regex.Match(errors, @"misalnya (\d\d/\d\d/\d{4} \d\d:\d\d)").Groups[1].Value;
        Assert.True(JakartaTime.ParseInput(example) > Now, $"The example \"{example}\" in \"{errors}\" is not a time Jadwalkan accepts");
        var hint = (await editor.GetDocumentAsync(EditorActions.NewArticle)).QuerySelector("#publish-at-hint")!.TextContent;
        Assert.True(JakartaTime.ParseInput(Regex.Match(hint, @"\d\d/\d\d/\d{4} \d\d:\d\d").Value) > Now, hint);
    }

    [Fact]
    public async Task LaterChange_ShowsDiperbarui_UnderTheFirstPublishTime()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Berita Yang Kemudian Diperbarui {Guid.NewGuid():N}";
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var url = await factory.UrlOfAsync(title);
        var published = Now;
        Assert.Null((await _reader.GetDocumentAsync(url)).QuerySelector(".dateline-updated"));

        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        (await editor.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan dengan angka korban terbaru" })).Dispose();

        await Eventually.HoldsAsync(async () => (await _reader.GetDocumentAsync(url)).QuerySelector(".dateline-updated") is not null, "Diperbarui on the article");
        var page = await _reader.GetDocumentAsync(url);
        Assert.Equal(JakartaTime.Iso(published), page.QuerySelector(".dateline time")!.GetAttribute("datetime"));
        Assert.Contains("Diperbarui", page.QuerySelector(".dateline-updated")!.TextContent);
        Assert.Equal(JakartaTime.Iso(Now), page.QuerySelector(".dateline-updated time")!.GetAttribute("datetime"));
    }
}
