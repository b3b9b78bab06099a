using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>
/// `dotnet TempoClone.Web.dll --health-probe` asks the running site for /healthz and exits 0 or 1,
/// so the container's HEALTHCHECK needs no curl in the runtime image.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";

    public static async Task<int> RunAsync()
    {
        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0] ?? "8080";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}{UrlMap.Health}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
