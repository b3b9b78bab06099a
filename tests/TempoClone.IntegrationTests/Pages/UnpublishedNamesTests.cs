using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>A kanal, tag or reporter is public only while a live article uses it: a draft's new names do not leak.</summary>
public class UnpublishedNamesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<List<string>> WhereReadersSeeAsync(string kanalSlug, string kanalName, string tagSlug, string reporterSlug)
    {
        var reader = factory.CreateReaderClient();
        var seen = new List<string>();
        if ((await reader.GetDocumentAsync("/")).QuerySelector("nav.kanal-nav")!.TextContent.Contains(kanalName)) seen.Add("menu");
        if ((await reader.GetDocumentAsync("/search?q=banjir")).QuerySelector("select#kanal")!.TextContent.Contains(kanalName)) seen.Add("search filter");
        if ((await reader.GetDocumentAsync("/indeks")).Body!.TextContent.Contains(kanalName)) seen.Add("indeks");
        if ((await reader.GetStringAsync("/sitemap.xml")).Contains("/" + kanalSlug + "<")) seen.Add("sitemap");
        foreach (var path in new[] { "/" + kanalSlug, "/rss/" + kanalSlug, "/atom/" + kanalSlug, "/tag/" + tagSlug, "/penulis/" + reporterSlug })
        {
            using var response = await reader.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.NotFound) seen.Add($"{path} ({(int)response.StatusCode})");
        }
        return seen;
    }

    [Theory]
    [InlineData("Draft", null)]
    [InlineData("Published", "2030-01-01T08:00")]
    public async Task NewNamesOfADraftOrScheduledStory_StayHiddenUntilItIsLive(string status, string? publishAt)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var fields = EditorActions.ArticleFields("Berita Nama Rahasia " + unique, status);
        fields["Input.NewKanal"] = "Kanal Rahasia " + unique;
        fields["Input.Tags"] = "Tag Rahasia " + unique;
        fields["Input.Reporters"] = "Wartawan Rahasia " + unique;
        if (publishAt is not null) fields["Input.PublishAt"] = publishAt;
        var id = await editor.CreateArticleAsync(fields);

        Assert.Empty(await WhereReadersSeeAsync("kanal-rahasia-" + unique, "Kanal Rahasia " + unique, "tag-rahasia-" + unique, "wartawan-rahasia-" + unique));

        using var publish = await editor.EditArticleAsync(id, new() { ["Input.Status"] = "Published", ["Input.PublishAt"] = "2026-11-26T11:00" });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(["menu", "search filter", "indeks", "sitemap", $"/kanal-rahasia-{unique} (200)", $"/rss/kanal-rahasia-{unique} (200)",
                $"/atom/kanal-rahasia-{unique} (200)", $"/tag/tag-rahasia-{unique} (200)", $"/penulis/wartawan-rahasia-{unique} (200)"],
            await WhereReadersSeeAsync("kanal-rahasia-" + unique, "Kanal Rahasia " + unique, "tag-rahasia-" + unique, "wartawan-rahasia-" + unique));
    }
}
