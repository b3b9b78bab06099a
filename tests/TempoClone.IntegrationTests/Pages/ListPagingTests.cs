using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Page 2 of every paged list shows other stories than page 1 (indeks, search and the newsroom's list once
/// bound "page" as a page property, which Razor Pages fills from its own route value: every page was page 1), and
/// walking "Berikutnya" to the deepest page shows every story once (issue 20).</summary>
public class ListPagingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const int Stories = 45; // three reader pages (20, 20, 5), two of the newsroom's (25, 20)
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _published;

    public static TheoryData<string, string> Lists => new()
    {
        { "/tag/paging-zirkonium", ".story-title a" },
        { "/penulis/wartawan-zirkonium", ".story-title a" },
        { "/internasional", ".story-title a" },
        { "/search?q=zirkonium", ".story-title a" },
        { "/indeks?kanal=internasional", ".story-title a" },
        { "/editor?q=zirkonium", ".data-table td a" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task SecondPage_ShowsOtherStoriesThanTheFirst(string list, string titleLinks)
    {
        var editor = await PublishedStoriesAsync();
        var client = list.StartsWith(UrlMap.Editor) ? editor : factory.CreateReaderClient();
        var separator = list.Contains('?') ? "&" : "?";

        var first = await TitlesAsync(client, list, titleLinks);
        var second = await TitlesAsync(client, list + separator + "page=2", titleLinks);

        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task NextLink_ShowsOtherStories_AndPreviousLinkLeadsBack(string list, string titleLinks)
    {
        var editor = await PublishedStoriesAsync();
        var client = list.StartsWith(UrlMap.Editor) ? editor : factory.CreateReaderClient();

        var first = await client.GetDocumentAsync(list);
        var next = (await client.GetDocumentAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!));
        var back = await TitlesAsync(client, next.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!, titleLinks);

        var firstTitles = first.QuerySelectorAll(titleLinks).Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(next.QuerySelectorAll(titleLinks));
        Assert.Empty(firstTitles.Intersect(next.QuerySelectorAll(titleLinks).Select(a => a.TextContent.Trim())));
        Assert.Equal(firstTitles, back);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task NextLinks_ToTheDeepestPage_ShowEveryStoryOnce(string list, string titleLinks)
    {
        var editor = await PublishedStoriesAsync();
        var client = list.StartsWith(UrlMap.Editor) ? editor : factory.CreateReaderClient();

        var titles = new List<string>();
        var pages = 0;
        for (var url = list; url is not null; pages++)
        {
            Assert.True(pages < 50, "a next link that never ends");
            var page = await client.GetDocumentAsync(url);
            titles.AddRange(page.QuerySelectorAll(titleLinks).Select(a => a.TextContent.Trim()));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }

        // A kanal's lists may hold other stories too (the seed's): none twice, every one of ours.
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal([.. Enumerable.Range(0, Stories).Select(TitleOf)], titles.Where(t => t.StartsWith("Zirkonium ditemukan")).Order());
        Assert.True(pages >= 2);
    }

    [Fact]
    public async Task Api_SecondAndDeepPage_ShowOtherStories()
    {
        await PublishedStoriesAsync();
        var client = factory.CreateReaderClient();
        async Task<List<int>> Ids(string url) => System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(url)).RootElement
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

        var first = await Ids("/api/articles?tag=paging-zirkonium&pageSize=10");
        var second = await Ids("/api/articles?tag=paging-zirkonium&pageSize=10&page=2");
        var deep = await Ids("/api/articles?tag=paging-zirkonium&pageSize=10&page=5");

        Assert.Equal(10, first.Count);
        Assert.Equal(10, second.Count);
        Assert.Equal(Stories - 40, deep.Count);
        Assert.Equal(25, first.Concat(second).Concat(deep).Distinct().Count());
    }

    private static string TitleOf(int i) => $"Zirkonium ditemukan di tambang {i:00}";

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url, string selector) =>
        (await client.GetDocumentAsync(url)).QuerySelectorAll(selector).Select(a => a.TextContent.Trim()).ToList();

    private async Task<HttpClient> PublishedStoriesAsync()
    {
        var editor = await factory.LoginAsNewAsync("Editor");
        await Once.WaitAsync();
        try
        {
            if (!_published)
            {
                for (var i = 0; i < Stories; i++)
                {
                    var fields = EditorActions.ArticleFields(TitleOf(i));
                    fields["Input.Tags"] = "Paging Zirkonium";
                    fields["Input.Reporters"] = "Wartawan Zirkonium";
                    await editor.CreateArticleAsync(fields);
                }
                _published = true;
            }
        }
        finally { Once.Release(); }
        return editor;
    }
}
