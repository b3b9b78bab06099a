using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Popularity;

namespace TempoClone.IntegrationTests.Pages;

public class MostReadTests
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    private static async Task ReadAsync(HttpClient client, string url, int times, string userAgent = Browser)
    {
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(userAgent);
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }
    }

    private static List<string> List(AngleSharp.Dom.IDocument page, string window) =>
        page.QuerySelectorAll($"ol.most-read-{window} a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task MostRead_CountsReadersNotBotsOrStaff_InBothWindows()
    {
        // Reader pages served from the cache must still be counted: the cache stays on here.
        using var app = new TempoAppFactory();
        var reader = app.CreateReaderClient();
        var popular = await app.UrlOfAsync(SeedArticle.FirstRelatedTitle);
        var lessPopular = await app.UrlOfAsync(SeedArticle.Title);
        var botFavourite = await app.UrlOfAsync(SeedArticle.PickTitle);

        await ReadAsync(reader, popular, 3);
        await ReadAsync(reader, lessPopular, 2);
        await ReadAsync(reader, botFavourite, 20, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        for (var i = 0; i < 20; i++) (await editor.GetAsync(botFavourite)).EnsureSuccessStatusCode();
        await app.Services.GetRequiredService<ViewCounter>().FlushAsync();
        await app.AddArticleAsync("Pembuka Cache Baru", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime); // evicts cached pages

        var home = await reader.GetDocumentAsync("/");
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(home, "day"));
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(home, "week"));
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(await reader.GetDocumentAsync(lessPopular), "day"));

        // Two days later the 24-hour list has forgotten them; the 7-day list has not.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.AddArticleAsync("Pembuka Cache Lagi", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);
        var later = await reader.GetDocumentAsync("/");
        Assert.Empty(List(later, "day"));
        Assert.Equal([SeedArticle.FirstRelatedTitle, SeedArticle.Title], List(later, "week"));
    }
}
