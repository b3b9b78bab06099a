using System.Net;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>
/// What only the built server in its own process shows (Kestrel's body limit, the content root), on one server started
/// from a folder other than the app's, as a service manager or a shell elsewhere would start it.
/// </summary>
public sealed class RealServerTests : IAsyncLifetime
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("tempoclone-elsewhere-").FullName;
    private ServerProcess _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = new ServerProcess([], workingDirectory: _elsewhere);
        await _server.WaitReadyAsync();
    }

    public ValueTask DisposeAsync()
    {
        _server.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Issue 18 (low): started from another folder, appsettings.json was not read, so AllowedHosts and the log were off.</summary>
    [Fact]
    public async Task StartedFromAnotherFolder_ReadsItsOwnSettings_HostFilterAndLog()
    {
        using var client = _server.CreateClient();
        using var foreignHost = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "evil.example" } };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(foreignHost)).StatusCode);
        using var ownHost = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "localhost" } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ownHost)).StatusCode);
        // The console log in appsettings.json's format: "[11:38:01 INF] TempoClone.Web: …".
        Assert.Matches(@"\[\d\d:\d\d:\d\d INF\] ", _server.Output);
    }

    /// <summary>Issue 18 (low): a 50 MB upload answered 404; it is 413 with the Indonesian page, read from nowhere.</summary>
    [Theory]
    [InlineData("/editor/articles/edit")]
    [InlineData("/editor/account/login")]
    public async Task FiftyMegabyteUpload_Is413WithTheIndonesianPage(string path)
    {
        using var client = _server.CreateClient();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(new byte[50 * 1024 * 1024]), "PhotoUpload", "besar.jpg" } };
        // As curl does for a large body: the server answers before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = upload, Headers = { Host = "localhost", ExpectContinue = true } };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Kiriman terlalu besar", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
