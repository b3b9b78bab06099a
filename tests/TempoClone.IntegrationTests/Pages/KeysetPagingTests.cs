using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// Story lists page by a cursor (the last story shown) instead of counting and skipping: "Berikutnya" walks to the
/// oldest story and "Sebelumnya" walks back, every story shown once, and a deep link answers the same page later.
/// </summary>
public class KeysetPagingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const int Stories = 45; // two full pages of 20 and five on the third
    private readonly HttpClient _client = factory.CreateReaderClient();
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _added;

    [Fact]
    public async Task NextLinks_WalkEveryStoryOnce_AndPreviousLinksWalkBack()
    {
        await AddStoriesAsync();

        var pages = new List<(string Url, List<string> Titles)>();
        for (var url = "/arsip-kursor"; url is not null;)
        {
            var page = await _client.GetDocumentAsync(url);
            pages.Add((url, Titles(page)));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            Assert.True(pages.Count <= 3, "more pages than stories");
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal([.. Enumerable.Range(0, Stories).Reverse().Select(TitleOf)], pages.SelectMany(p => p.Titles));
        Assert.All(pages.Skip(1), p => Assert.Contains("sebelum=", p.Url));

        // Back from the deepest page: each "Sebelumnya" shows exactly the page before it.
        var url2 = (await _client.GetDocumentAsync(pages[2].Url)).QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!;
        Assert.Contains("sesudah=", url2);
        var second = await _client.GetDocumentAsync(url2);
        Assert.Equal(pages[1].Titles, Titles(second));
        var url1 = second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!;
        Assert.Equal(pages[0].Titles, Titles(await _client.GetDocumentAsync(url1)));
    }

    [Fact]
    public async Task DeepLink_StaysTheSamePage_WhenNewerStoriesArrive()
    {
        var baseTime = TempoAppFactory.StartTime.UtcDateTime.AddDays(-50);
        for (var i = 0; i < 25; i++)
            await factory.AddArticleAsync($"Arsip Tetap {i:00}", ArticleStatus.Published, baseTime.AddMinutes(i), kanal: "Arsip Tetap");
        var deep = (await _client.GetDocumentAsync("/arsip-tetap")).QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var before = Titles(await _client.GetDocumentAsync(deep));

        await factory.AddArticleAsync("Arsip Tetap Terbaru", ArticleStatus.Published, baseTime.AddDays(1), kanal: "Arsip Tetap");
        var page = await _client.GetDocumentAsync(deep);

        Assert.Equal([.. Enumerable.Range(0, 5).Reverse().Select(i => $"Arsip Tetap {i:00}")], before);
        Assert.Equal(before, Titles(page));
        Assert.EndsWith(deep, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OldPageNumbers_StillAnswer_UpToALimit()
    {
        await AddStoriesAsync();

        var third = await _client.GetDocumentAsync("/arsip-kursor?page=3");
        using var deep = await _client.GetAsync("/arsip-kursor?page=51");

        Assert.Equal([.. Enumerable.Range(0, 5).Reverse().Select(TitleOf)], Titles(third));
        Assert.Equal(HttpStatusCode.NotFound, deep.StatusCode);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".story-list .story-title a").Select(a => a.TextContent.Trim()).ToList();

    private static string TitleOf(int i) => $"Arsip Kursor {i:00}";

    private async Task AddStoriesAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_added) return;
            // Two stories share each publish time: the id breaks the tie, and no story is skipped or shown twice.
            var baseTime = TempoAppFactory.StartTime.UtcDateTime.AddDays(-40);
            for (var i = 0; i < Stories; i++)
                await factory.AddArticleAsync(TitleOf(i), ArticleStatus.Published, baseTime.AddMinutes(i / 2).AddTicks(i / 2 * 1234567), kanal: "Arsip Kursor");
            _added = true;
        }
        finally { Once.Release(); }
    }
}
