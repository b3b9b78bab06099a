using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.IntegrationTests.Pages;

public class KanalPageTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    [Fact]
    public async Task Get_Kanal_ListsItsStoriesNewestFirst()
    {
        var page = await _client.GetDocumentAsync("/internasional");

        Assert.Equal("Internasional", page.QuerySelector("h1")!.Text());
        // The lead and the list, not the rail; other tests of this fixture may publish newer stories in the kanal.
        var titles = page.QuerySelectorAll(".section-main .story-title a").Select(a => a.Text()).ToList();
        Assert.Contains(SeedArticle.Title, titles);
        Assert.True(titles.IndexOf(SeedArticle.FirstRelatedTitle) is >= 0 and var newer && newer < titles.IndexOf(SeedArticle.Title), string.Join(" | ", titles));
    }

    [Fact]
    public async Task Get_KanalFront_LeadWithPhotoAboveTheList_RailWithItsOwnPicksAndTerpopuler()
    {
        var key = Guid.NewGuid().ToString("N")[..6];
        var kanal = $"Front {key}";
        var now = TempoAppFactory.StartTime.UtcDateTime;
        var newest = await factory.AddArticleAsync($"Terbaru tanpa foto {key}", ArticleStatus.Published, now.AddMinutes(-10), kanal: kanal);
        var photo = await factory.AddArticleAsync($"Utama berfoto {key}", ArticleStatus.Published, now.AddMinutes(-20), kanal: kanal);
        await factory.AddLeadPhotoAsync(photo.Id);
        var older = await factory.AddArticleAsync($"Lebih lama {key}", ArticleStatus.Published, now.AddMinutes(-30), kanal: kanal);
        var elsewhere = await factory.AddArticleAsync($"Pilihan kanal lain {key}", ArticleStatus.Published, now.AddMinutes(-5));
        await factory.WithDbAsync(async db =>
        {
            db.HomePicks.AddRange(new HomePick { ArticleId = older.Id, Position = 0 }, new HomePick { ArticleId = elsewhere.Id, Position = 1 });
            db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = newest.Id, HourUtc = now.AddHours(-2), Views = 40 });
            return await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<ReaderEvictions>().EvictAllAsync();

        var page = await _client.GetDocumentAsync("/" + TempoClone.Web.Rendering.Slugs.From(kanal));

        Assert.Equal($"Utama berfoto {key}", page.QuerySelector(".kanal-lead .lead-story h2 a")!.Text());
        Assert.NotNull(page.QuerySelector(".kanal-lead .lead-story img"));
        var list = page.QuerySelectorAll(".section-main .story-list .story-title a").Select(a => a.Text()).ToList();
        Assert.Equal([$"Terbaru tanpa foto {key}", $"Lebih lama {key}"], list);
        var rail = page.QuerySelector("aside.section-rail")!;
        Assert.Equal([$"Lebih lama {key}"], rail.QuerySelectorAll("#kanal-picks-heading + .story-list .story-title a").Select(a => a.Text()));
        Assert.Equal([$"Terbaru tanpa foto {key}"], rail.QuerySelectorAll(".most-read-list .story-title a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Get_KanalSecondPage_HasNoLead()
    {
        var kanal = $"Halaman Dua {Guid.NewGuid():N}"[..20];
        var now = TempoAppFactory.StartTime.UtcDateTime;
        for (var i = 0; i < 22; i++)
        {
            var story = await factory.AddArticleAsync($"{kanal} cerita {i:00}", ArticleStatus.Published, now.AddMinutes(-i), kanal: kanal);
            await factory.AddLeadPhotoAsync(story.Id);
        }

        var second = await _client.GetDocumentAsync("/" + TempoClone.Web.Rendering.Slugs.From(kanal) + "?page=2");

        Assert.Null(second.QuerySelector(".kanal-lead"));
        Assert.Equal(2, second.QuerySelectorAll(".section-main .story-list .story-item").Length);
    }

    [Fact]
    public async Task Get_KanalPages_AreDisjointAndLinked()
    {
        // Its own kanal: the other tests of this class list Internasional and must not see these stories.
        var baseTime = TempoAppFactory.StartTime.UtcDateTime.AddDays(-30);
        for (var i = 0; i < 25; i++)
            await factory.AddArticleAsync($"Arsip Kanal Paging {i:00}", ArticleStatus.Published, baseTime.AddMinutes(i), kanal: "Arsip Paging");

        var first = await _client.GetDocumentAsync("/arsip-paging");
        var second = await _client.GetDocumentAsync("/arsip-paging?page=2");

        var firstTitles = first.QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList();
        var secondTitles = second.QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList();
        Assert.Equal([.. Enumerable.Range(5, 20).Reverse().Select(i => $"Arsip Kanal Paging {i:00}")], firstTitles);
        Assert.Equal([.. Enumerable.Range(0, 5).Reverse().Select(i => $"Arsip Kanal Paging {i:00}")], secondTitles);
        Assert.Equal("/arsip-paging", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        // The link onward names the last story shown, not a page number: the same URL stays the same page as news comes in.
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.StartsWith("/arsip-paging?sebelum=", next);
        Assert.Equal(secondTitles, (await _client.GetDocumentAsync(next)).QuerySelectorAll(".story-list .story-title a").Select(a => a.Text()).ToList());
    }

    [Theory]
    [InlineData("?page=-1")]
    [InlineData("?page=0")]
    [InlineData("?page=1000000")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999999999999")]
    [InlineData("?sebelum=abc")]
    [InlineData("?sebelum=20261301000000-5")]
    [InlineData("?sesudah=20260101000000.12345678-5")]
    [InlineData("?sebelum=20260101000000-99999999999")]
    public async Task Get_KanalWithOddPage_AnswersNormally(string query)
    {
        using var response = await _client.GetAsync("/internasional" + query);

        // CASE: a page number past the ones served by offset, or a cursor this site never wrote, is a friendly 404.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"answered {(int)response.StatusCode}");
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_KanalInCapitals_Redirects301()
    {
        using var response = await _client.GetAsync("/Internasional");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/internasional", response.Headers.Location!.OriginalString);
    }
}
