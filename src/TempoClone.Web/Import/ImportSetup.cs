using TempoClone.Web.Hosting;

namespace TempoClone.Web.Import;

public static class ImportSetup
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<ArticleImporter>();
        services.AddSingleton<ArchiveImport>();
        services.AddSingleton<SeedImportStatus>();
        services.AddHostedService<SeedImportOnStart>();
        services.AddHealthChecks().AddCheck<SeedImportReadiness>("seed-import", tags: [HealthEndpoints.ReadinessTag]);
        return services;
    }
}
