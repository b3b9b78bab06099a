using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Brotli or gzip for the reader site's text responses. It runs inside the output cache, so a cached page is
/// compressed once per encoding, not on every hit.
/// BREACH: compression leaks a secret in a response body when an attacker's input is reflected next to it.
/// Editor responses carry antiforgery tokens (and reflect typed input), so nothing under /editor is compressed;
/// reader pages carry no token, no cookie value and nothing personal (signed-in staff get the same HTML).
/// </summary>
public static class ReaderCompression
{
    public static IServiceCollection AddReaderCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // HTTPS is safe here because the secrets-bearing responses (the editor) are excluded below.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "image/svg+xml", "application/problem+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compresses every response except the editor area's. Goes after the output cache in the pipeline.</summary>
    public static IApplicationBuilder UseReaderCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !IsEditor(context.Request), branch => branch.UseResponseCompression());

    /// <summary>The encoding a response to this request gets, as the output cache's key: "br", "gzip" or "".</summary>
    public static string EncodingFor(HttpRequest request)
    {
        if (IsEditor(request)) return "";
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string name) => accepted.Any(value =>
            string.Equals(value.Value.Value, name, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "";
    }

    private static bool IsEditor(HttpRequest request) => request.Path.StartsWithSegments(UrlMap.Editor, StringComparison.OrdinalIgnoreCase);
}
