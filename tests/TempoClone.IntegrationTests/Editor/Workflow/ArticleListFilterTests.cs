using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// Issue 21: the article list's review-state filter (Menunggu review / Dikembalikan / Semua) and "Tulisan saya", bound
/// from the query and kept with the search by the pager.
/// </summary>
public class ArticleListFilterTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..6]}";

    private static List<string> Titles(IDocument page) =>
        page.QuerySelectorAll("main a[href^='/editor/articles/edit/']").Select(a => a.Text().Trim()).ToList();

    /// <summary>A draft in its own kanal, straight into the database, in this review state.</summary>
    private async Task<int> DraftAsync(string title, string kanal, ReviewState state, DateTime changedUtc)
    {
        var id = (await factory.AddArticleAsync(title, ArticleStatus.Draft, changedUtc, kanal: kanal)).Id;
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.ReviewState, state)));
        return id;
    }

    [Fact]
    public async Task ReviewFilter_ListsWaitingOrReturned_SemuaListsAll()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var kanal = Unique("Kanal Review");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var waiting = Unique("Menunggu Sawah");
        var returned = Unique("Kembali Sawah");
        var plain = Unique("Draf Sawah");
        await DraftAsync(waiting, kanal, ReviewState.Waiting, now.AddMinutes(-3));
        await DraftAsync(returned, kanal, ReviewState.Returned, now.AddMinutes(-2));
        await DraftAsync(plain, kanal, ReviewState.None, now.AddMinutes(-1));
        var kanalId = await factory.WithDbAsync(db => db.Kanals.Where(k => k.Name == kanal).Select(k => k.Id).SingleAsync());

        Assert.Equal([waiting], Titles(await editor.GetDocumentAsync($"/editor?kanal={kanalId}&review=menunggu")));
        Assert.Equal([returned], Titles(await editor.GetDocumentAsync($"/editor?kanal={kanalId}&review=dikembalikan")));
        var all = await editor.GetDocumentAsync($"/editor?kanal={kanalId}&review=");
        Assert.Equal([plain, returned, waiting], Titles(all));
        // An unknown value filters nothing, and never answers 500.
        Assert.Equal(3, Titles(await editor.GetDocumentAsync($"/editor?kanal={kanalId}&review=%27%20OR%201%3D1--")).Count);

        var chosen = await editor.GetDocumentAsync($"/editor?kanal={kanalId}&review=dikembalikan");
        Assert.Equal("dikembalikan", chosen.QuerySelector("select[name='review'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(["Semua", "Menunggu review", "Dikembalikan"], chosen.QuerySelectorAll("select[name='review'] option").Select(o => o.Text()));
    }

    [Fact]
    public async Task TulisanSaya_ListsOnlyTheSignedInWritersStories()
    {
        var me = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var colleague = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var word = "Milikku" + Guid.NewGuid().ToString("N")[..6];
        await me.CreateArticleAsync(EditorActions.ArticleFields(word + " Tulisan Saya", "Draft"));
        await colleague.CreateArticleAsync(EditorActions.ArticleFields(word + " Tulisan Rekan", "Draft"));

        var page = await me.GetDocumentAsync($"/editor?q={word}&mine=true");

        Assert.Equal([word + " Tulisan Saya"], Titles(page));
        Assert.NotNull(page.QuerySelector("input[name='mine'][checked]"));
        Assert.Equal(2, Titles(await me.GetDocumentAsync($"/editor?q={word}")).Count);
    }

    [Fact]
    public async Task ReviewFilter_AndSearch_AreKeptOnPageTwo_WhichDiffersFromPageOne()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var kanal = Unique("Kanal Halaman");
        var word = "Antrean" + Guid.NewGuid().ToString("N")[..6];
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 27; i++) await DraftAsync($"{word} Berita {i:00}", kanal, ReviewState.Waiting, now.AddMinutes(-i));
        await DraftAsync($"{word} Tidak Dikirim", kanal, ReviewState.None, now.AddMinutes(1));

        var first = await editor.GetDocumentAsync($"/editor?q={word}&review=menunggu");
        var next = first.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).First(h => h.Contains("page=2"));
        Assert.Contains("review=menunggu", next);
        Assert.Contains("q=" + word, next);
        var second = await editor.GetDocumentAsync(next);

        var onFirst = Titles(first);
        var onSecond = Titles(second);
        Assert.Equal(25, onFirst.Count);
        Assert.Equal([$"{word} Berita 25", $"{word} Berita 26"], onSecond);
        Assert.Empty(onFirst.Intersect(onSecond));
        Assert.DoesNotContain($"{word} Tidak Dikirim", onFirst.Concat(onSecond));
    }
}
