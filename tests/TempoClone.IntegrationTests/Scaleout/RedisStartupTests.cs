using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Scaleout;

/// <summary>An unreachable Redis stops the real server at start-up: exit code 1 and one line saying what to fix.</summary>
public class RedisStartupTests
{
    [Fact]
    public async Task UnreachableRedis_StopsStartupWithWhatToFix()
    {
        var closedPort = RedisServer.FreePort();
        using var server = new ServerProcess(new()
        {
            ["Redis__Configuration"] = $"127.0.0.1:{closedPort},password=not-for-the-log,connectTimeout=2000",
            ["Site__ImportSeedOnStart"] = "false",
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        var output = server.Output;
        Assert.True(exitCode == 1, $"exit code {exitCode}; output:\n{output}");
        var line = Assert.Single(output.Split('\n'), l => l.Contains("Start-up stopped: "));
        Assert.Contains(" FTL] ", line);
        Assert.Contains($"Redis at 127.0.0.1:{closedPort} cannot be reached", line);
        Assert.Contains("correct Redis__Configuration", line);
        Assert.DoesNotContain("not-for-the-log", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task ReachableRedis_StartsAndIsReady()
    {
        using var redis = new RedisServer();
        using var server = new ServerProcess(new() { ["Redis__Configuration"] = redis.Configuration, ["Site__ImportSeedOnStart"] = "false" });

        await server.WaitReadyAsync();

        Assert.Contains($"Redis at 127.0.0.1:{redis.Port} holds the reader cache", server.Output);
    }
}
