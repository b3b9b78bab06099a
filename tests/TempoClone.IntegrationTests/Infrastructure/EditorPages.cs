using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Every page of the editor area, read from the app's endpoints: a test over them checks a new page unasked.</summary>
public static class EditorPages
{
    /// <summary>Each editor page once: its Razor path (`/Articles/Edit`) and its address with <paramref name="idOf"/>'s id where the route wants one.</summary>
    public static List<(string Page, string Path)> All(IServiceProvider services, Func<string, int> idOf) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page?.AreaName == "Editor")
            .DistinctBy(e => e.Page!.ViewEnginePath)
            .Select(e =>
            {
                var id = idOf(e.Page!.ViewEnginePath).ToString();
                return (e.Page.ViewEnginePath, "/" + e.Endpoint.RoutePattern.RawText!.Replace("{id:int?}", id).Replace("{id:int}", id).ToLowerInvariant());
            })
            .ToList();
}
