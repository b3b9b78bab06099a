using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>No GET anywhere in the editor area changes anything: not the database, not the session.</summary>
public class SafeGetTests
{
    [Theory]
    [InlineData(StaffRoles.Kontributor)]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Admin)]
    public async Task EveryEditorGet_LeavesDatabaseAndSessionAsTheyWere(string role)
    {
        using var app = new TempoAppFactory();
        var client = await app.LoginAsNewAsync(role);
        var articleId = await client.CreateArticleAsync(EditorActions.ArticleFields("Artikel Jelajah GET " + role, status: "Draft"));
        var before = app.DatabaseFingerprint();

        // Every editor page the app has (from its endpoints), then every editor link found on them, once.
        app.CreateClient().Dispose();
        var queue = new Queue<string>(app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.AreaName == "Editor")
            .Select(e => "/" + e.RoutePattern.RawText!.Replace("{id:int?}", articleId.ToString()).Replace("{id:int}", articleId.ToString()).ToLowerInvariant())
            .Append($"/editor/articles/history/{articleId}?rev=1"));
        var visited = new HashSet<string>();
        while (queue.TryDequeue(out var path) && visited.Count < 200)
        {
            if (!visited.Add(path)) continue;
            using var response = await client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"GET {path} answered {(int)response.StatusCode}");
            Assert.True(before == app.DatabaseFingerprint(), $"GET {path} changed the database");
            using var home = await client.GetAsync("/editor");
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"after GET {path} the session ended");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (var link in (await HtmlDocuments.ParseAsync(response)).QuerySelectorAll("a[href^='/editor']"))
                queue.Enqueue(link.GetAttribute("href")!);
        }
        Assert.Contains("/editor/account/twofactor", visited);
    }
}
