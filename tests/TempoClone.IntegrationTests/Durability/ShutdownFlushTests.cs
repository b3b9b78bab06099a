using Microsoft.Data.Sqlite;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>On SIGTERM the real server writes the view counts it still holds before it exits.</summary>
public class ShutdownFlushTests
{
    [Fact]
    public async Task Sigterm_WritesBufferedViewCounts_AndExitsCleanly()
    {
        using var server = new ServerProcess(new() { ["Site__ImportSeedOnStart"] = "true" });
        await server.WaitReadyAsync();
        var (articleId, url) = SeedArticleIn(server.DatabasePath);

        // A page view as a browser sends it; counts are written every 15 s, so right after it the count is only in memory.
        using var client = server.CreateClient();
        using var view = new HttpRequestMessage(HttpMethod.Get, url);
        view.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36");
        view.Headers.Accept.ParseAdd("text/html");
        view.Headers.AcceptLanguage.ParseAdd("id-ID");
        (await client.SendAsync(view)).EnsureSuccessStatusCode();
        Assert.Equal(0, ViewsOf(server.DatabasePath, articleId));

        server.Terminate();

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(1, ViewsOf(server.DatabasePath, articleId));
    }

    private static (long Id, string Url) SeedArticleIn(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.Id, k.Slug, a.Slug FROM Articles a JOIN Kanals k ON k.Id = a.KanalId WHERE a.Title = $title";
        command.Parameters.AddWithValue("$title", SeedArticle.Title);
        using var row = command.ExecuteReader();
        Assert.True(row.Read(), "the seed article is missing");
        return (row.GetInt64(0), ArticleLinks.Path(row.GetString(1), row.GetString(2), row.GetInt32(0)));
    }

    private static long ViewsOf(string database, long articleId)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(Views), 0) FROM ArticleViewCounts WHERE ArticleId = $id";
        command.Parameters.AddWithValue("$id", articleId);
        return (long)command.ExecuteScalar()!;
    }
}
