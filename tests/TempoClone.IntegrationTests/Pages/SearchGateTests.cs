using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Search;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// Searches the whole site runs at once are bounded (Site:SearchesAtOnce), whichever addresses ask: a common word's
/// search holds memory while it runs, more the larger the archive (issue 20). The others wait their turn, then answer.
/// </summary>
public class SearchGateTests
{
    [Fact]
    public async Task Search_WhileTheSiteUsesEveryTurn_WaitsForOne_ThenAnswers()
    {
        using var app = new TempoAppFactory { Settings = { ["Site:ReaderCacheSeconds"] = "0", ["Site:SearchesAtOnce"] = "1" } };
        var reader = app.CreateReaderClient();
        var word = "kunciantre" + Guid.NewGuid().ToString("N")[..12];
        var title = $"Giliran {word}";
        await app.AddArticleAsync(title, ArticleStatus.Published, app.Clock.GetUtcNow().UtcDateTime.AddHours(-1));
        var gate = app.Services.GetRequiredService<SearchGate>();
        var held = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(() => held.Task);

        var search = reader.GetAsync($"/search?q={word}");
        await Eventually.HoldsAsync(() => Task.FromResult(gate.Waiting == 1), "the search to wait for the site's one turn");
        Assert.False(search.IsCompleted);

        held.SetResult(0);
        await holder;
        using var answer = await search;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(title, await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, gate.Waiting);
    }
}
