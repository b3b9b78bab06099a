using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Hosting;

/// <summary>The URL map owns every top-level path: an endpoint whose first segment it does not know fails here.</summary>
public class UrlMapRoutesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public void EveryEndpoint_StartsWithASegmentOfTheUrlMapOrTheKanal()
    {
        factory.CreateReaderClient().Dispose(); // builds the app

        var firstSegments = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/').Split('/')[0])
            .Distinct()
            .ToList();

        Assert.NotEmpty(firstSegments);
        Assert.All(firstSegments, segment => Assert.True(
            segment.Length == 0 || segment.StartsWith("{kanal") || UrlMap.ReservedSegments.Contains(segment),
            $"/{segment} is not in UrlMap"));
    }

    [Theory]
    [InlineData("/search", "Cari")]
    [InlineData("/indeks", "Indeks")]
    public async Task ReaderPages_AnswerAtTheirMappedPath(string path, string heading)
    {
        var page = await factory.CreateReaderClient().GetDocumentAsync(path);

        Assert.Contains(heading, page.QuerySelector("h1")!.TextContent);
    }
}
