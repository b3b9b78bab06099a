using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Page 2 of every paged list shows other stories than page 1 (indeks, search and the newsroom's list once
/// bound "page" as a page property, which Razor Pages fills from its own route value: every page was page 1).</summary>
public class ListPagingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const int Stories = 30; // more than a reader page (20) and the newsroom's page (25)
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
                    var fields = EditorActions.ArticleFields($"Zirkonium ditemukan di tambang {i:00}");
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
