using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>How long requests in flight may run on after SIGTERM: the host's shutdown timeout, which Kestrel's drain obeys.</summary>
public class ShutdownTests
{
    [Fact]
    public void RequestsInFlight_GetEightSecondsByDefault()
    {
        using var factory = new TempoAppFactory();

        Assert.Equal(TimeSpan.FromSeconds(8), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void ShutdownTimeout_IsASetting()
    {
        using var factory = new TempoAppFactory { Settings = { ["Site:ShutdownTimeoutSeconds"] = "3" } };

        Assert.Equal(TimeSpan.FromSeconds(3), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
