using System.Net;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Drafts and scheduled stories stay hidden until their time; this class moves its own clock.</summary>
public class VisibilityTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _client = factory.CreateReaderClient();

    [Fact]
    public async Task Get_Draft_Returns404()
    {
        var draft = await factory.AddArticleAsync("Draf Rahasia Visibility", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime.AddDays(-1));

        using var response = await _client.GetAsync($"/internasional/{draft.Slug}-{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Draf Rahasia Visibility", await (await _client.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Scheduled_AppearsAtItsTimeWithoutAnyJob()
    {
        var publishAt = factory.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        var scheduled = await factory.AddArticleAsync("Berita Terjadwal Visibility", ArticleStatus.Published, publishAt);
        var url = $"/internasional/{scheduled.Slug}-{scheduled.Id}";

        using var before = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(1));

        var page = await _client.GetDocumentAsync(url);
        Assert.Equal("Berita Terjadwal Visibility", page.QuerySelector("h1")!.Text());
        var home = await _client.GetDocumentAsync("/");
        Assert.Equal("Berita Terjadwal Visibility", home.QuerySelector(".headline h2")!.Text());
    }

    [Fact]
    public async Task PublishedQuery_SendsTheClockAsAParameter_SoOnePlanServesEveryReading()
    {
        var sql = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Published(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)).ToQueryString()));

        Assert.Matches(@"""PublishedAtUtc"" <= @\w+", sql);
        Assert.DoesNotContain("<= '2026-01-02", sql);
    }
}
