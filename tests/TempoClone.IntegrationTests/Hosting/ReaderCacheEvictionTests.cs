using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>
/// A save evicts the cached pages that show the article, and only those; a scheduled story evicts at its minute.
/// Each test has its own app: one moves the clock. The cache lives long here, so only an eviction makes a new entry.
/// </summary>
public class ReaderCacheEvictionTests
{
    private static TempoAppFactory NewApp() => new() { Settings = { ["Site:ReaderCacheSeconds"] = "600" } };

    private static Task<string> UrlOfIdAsync(TempoAppFactory app, int id) => app.WithDbAsync(db =>
        Task.FromResult(db.Articles.Where(a => a.Id == id).Select(a => ArticleLinks.Path(a.Kanal.Slug, a.Slug, a.Id)).Single()));

    [Fact]
    public async Task SavingAnArticle_EvictsItsPageAndHome_NotAnUnrelatedArticleInAnotherKanal()
    {
        using var app = NewApp();
        var reader = app.CreateReaderClient();
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        var saved = await editor.CreateArticleAsync(EditorActions.ArticleFields($"Berita Yang Disunting {Guid.NewGuid():N}"));
        var savedUrl = await UrlOfIdAsync(app, saved);
        var unrelated = await app.AddArticleAsync($"Berita Lain Kanal Olahraga {Guid.NewGuid():N}", ArticleStatus.Published,
            TempoAppFactory.StartTime.UtcDateTime.AddHours(-2), kanal: "Olahraga Uji Cache");
        var unrelatedUrl = await app.UrlOfAsync(unrelated.Title);

        var savedBefore = await reader.SettledETagAsync(savedUrl);
        var homeBefore = await reader.SettledETagAsync("/");
        var unrelatedBefore = await reader.SettledETagAsync(unrelatedUrl);

        using var response = await editor.EditArticleAsync(saved, new() { ["Input.Deck"] = "Ringkasan yang baru disunting" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.NotEqual(savedBefore, await reader.ETagAsync(savedUrl));
        Assert.NotEqual(homeBefore, await reader.ETagAsync("/"));
        Assert.Equal(unrelatedBefore, await reader.ETagAsync(unrelatedUrl));
        Assert.Contains("Ringkasan yang baru disunting", await reader.GetStringAsync(savedUrl));
    }

    [Fact]
    public async Task ScheduledArticle_ShowsOnTheCachedHomePageAtItsMinute_WithoutASave()
    {
        using var app = NewApp();
        var reader = app.CreateReaderClient();
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Berita Terjadwal Cache {Guid.NewGuid():N}";
        var fields = EditorActions.ArticleFields(title);
        fields["Input.PublishAt"] = JakartaTime.InputValue(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
        var id = await editor.CreateArticleAsync(fields);
        await reader.SettledETagAsync("/"); // the home page is cached for ten minutes, without the story
        Assert.DoesNotContain(title, await reader.GetStringAsync("/"));

        app.Clock.Advance(TimeSpan.FromMinutes(10));

        // The timer runs in the background: give it a moment; the readers' requests only look.
        await Eventually.HoldsAsync(async () => (await reader.GetStringAsync("/")).Contains(title), "the scheduled story on the cached home page");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(await UrlOfIdAsync(app, id))).StatusCode);
    }
}
