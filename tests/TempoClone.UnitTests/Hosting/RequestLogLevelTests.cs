using Microsoft.AspNetCore.Http;
using Serilog.Events;
using TempoClone.Web.Hosting;

namespace TempoClone.UnitTests.Hosting;

/// <summary>
/// The request log's level: a fault is an Error; a health probe's "not ready yet" while the seed import runs is not
/// (the compose check and the README's first start read the log for ERR lines).
/// </summary>
public class RequestLogLevelTests
{
    private static LogEventLevel LevelOf(string path, int status, Exception? error = null) =>
        HostingSetup.RequestLogLevel(new DefaultHttpContext { Request = { Path = path }, Response = { StatusCode = status } }, 1, error);

    [Theory]
    [InlineData("/healthz/ready", 503, LogEventLevel.Debug)]
    [InlineData("/healthz", 200, LogEventLevel.Debug)]
    [InlineData("/internasional", 500, LogEventLevel.Error)]
    [InlineData("/editor/articles/edit", 503, LogEventLevel.Error)]
    [InlineData("/internasional", 200, LogEventLevel.Information)]
    [InlineData("/search", 429, LogEventLevel.Information)]
    public void Level_FollowsWhatTheAnswerMeans(string path, int status, LogEventLevel expected) =>
        Assert.Equal(expected, LevelOf(path, status));

    [Fact]
    public void AnException_IsAnError_EvenOnAHealthProbe() =>
        Assert.Equal(LogEventLevel.Error, LevelOf("/healthz/ready", 500, new InvalidOperationException("boom")));
}
