using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Import;

public static class ImportSetup
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<ArticleImporter>();
        services.AddScoped<SeedImporter>();
        return services;
    }

    /// <summary>Imports new or changed seed files (Site:ImportSeedOnStart) before the first request is served.</summary>
    public static async Task ImportSeedOnStartAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var site = scope.ServiceProvider.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (!site.ImportSeedOnStart) return;
        var folder = scope.ServiceProvider.GetRequiredService<AppFolders.Root>().Resolve(site.SeedFolder);
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportFolderAsync(folder);
    }
}
