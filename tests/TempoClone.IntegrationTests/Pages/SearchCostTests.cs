using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Search;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// What bounds a search's cost: its results are kept in memory for a few seconds (Site:SearchResultSeconds, 5 by
/// default), so the same query asked again runs no SQL, yet an editor's publish or unpublish shows in the very next
/// search; and only the newest matches of a common word are ranked. Each test has its own app with the reader output
/// cache off, so only the search itself answers; one moves the clock.
/// </summary>
public class SearchCostTests
{
    private static TempoAppFactory NewApp() => new() { Settings = { ["Site:ReaderCacheSeconds"] = "0" } };

    private static async Task<List<string>> TitlesAsync(HttpClient reader, string word) =>
        (await reader.GetDocumentAsync($"/search?q={word}")).QuerySelectorAll(".search-results-list h2 a").Select(a => a.TextContent).ToList();

    private static string UniqueWord(string stem) => stem + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task SameSearchAgain_IsAnsweredFromMemory_ForAFewSecondsOnly()
    {
        using var app = NewApp();
        var reader = app.CreateReaderClient();
        var word = UniqueWord("kuncisimpan");
        var story = await app.AddArticleAsync(UniqueWord("Berita Lain "), ArticleStatus.Published, app.Clock.GetUtcNow().UtcDateTime.AddHours(-1));
        Assert.Empty(await TitlesAsync(reader, word));

        // Changed behind the site's back (no editor save, so nothing is evicted): only time can end the kept result.
        var title = $"Berita {word}";
        await app.WithDbAsync(async db =>
        {
            (await db.Articles.FindAsync(story.Id))!.Title = title;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await TitlesAsync(reader, word));
        Assert.Equal([title], await TitlesAsync(reader, word.ToUpperInvariant()));

        app.Clock.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal([title], await TitlesAsync(reader, word));
    }

    [Fact]
    public async Task PublishAndUnpublish_ShowInTheNextSearch()
    {
        using var app = NewApp();
        var reader = app.CreateReaderClient();
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        var word = UniqueWord("kunciterbit");
        var title = $"Terbit {word}";
        Assert.Empty(await TitlesAsync(reader, word));

        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        Assert.Equal([title], await TitlesAsync(reader, word));

        using var asked = await editor.EditArticleAsync(id, new() { ["Input.Status"] = "Unpublished" });
        var form = (await HtmlDocuments.ParseAsync(asked)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;
        using var confirmed = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Unpublished" },
            form.QuerySelector<IHtmlButtonElement>(".confirm-inline button"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Empty(await TitlesAsync(reader, word));
    }

    [Fact]
    public async Task CommonestWord_RanksOnlyItsNewestMatches()
    {
        using var app = NewApp();
        var reader = app.CreateReaderClient();
        var word = UniqueWord("kataumum");
        var nowUtc = app.Clock.GetUtcNow().UtcDateTime;
        // The oldest match has the word in its title, which would rank it first; then more newer matches than are ranked.
        var oldest = await app.AddArticleAsync($"{word} Paling Lama", ArticleStatus.Published, nowUtc.AddDays(-2));
        await app.WithDbAsync(async db =>
        {
            var kanal = await db.Kanals.SingleAsync(k => k.Name == "Internasional");
            db.Articles.AddRange(Enumerable.Range(0, SearchIndex.MaxRanked).Select(i => new Article
            {
                Title = $"Berita Biasa {i}", Slug = $"berita-biasa-{word}-{i}", Deck = "Ringkasan biasa.",
                BodyMarkdown = $"Isi yang menyebut {word} sekali.", BodyHtml = $"<p>Isi yang menyebut {word} sekali.</p>",
                Status = ArticleStatus.Published, PublishedAtUtc = nowUtc.AddDays(-1), UpdatedAtUtc = nowUtc.AddDays(-1), Kanal = kanal,
            }));
            return await db.SaveChangesAsync();
        });

        var page = await reader.GetDocumentAsync($"/search?q={word}");

        // More matched than the search keeps: the count says so (issue 24, honest counts).
        Assert.StartsWith($"Lebih dari {SearchIndex.MaxCandidates} hasil", page.QuerySelector(".search-count")!.TextContent);
        Assert.DoesNotContain(oldest.Title, page.QuerySelectorAll(".search-results-list h2 a").Select(a => a.TextContent));
        Assert.Equal([oldest.Title], await TitlesAsync(reader, $"{word}+lama"));
    }
}
