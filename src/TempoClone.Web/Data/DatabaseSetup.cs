using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data;

/// <summary>The database's registrations: the engine, chosen once, and the context it makes. Its start-up steps are <see cref="DatabaseStartup"/>.</summary>
public static class DatabaseSetup
{
    public const string ProviderSetting = "Database:Provider";

    public static IServiceCollection AddTempoDatabase(this IServiceCollection services)
    {
        // The engine is chosen once, when first asked for, so configuration added by a test host is honoured.
        services.AddSingleton(provider => Engine(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<AppFolders.Root>().Path));
        // Built once (a singleton), as building options per request was a measurable part of an uncached page.
        services.AddDbContext<TempoDbContext>((provider, options) =>
        {
            // What other parts keep up to date on every save (the search's word roots) they register as interceptors.
            options.AddInterceptors(provider.GetServices<IInterceptor>());
            provider.GetRequiredService<DatabaseEngine>().Configure(options);
        }, optionsLifetime: ServiceLifetime.Singleton);
        // Each engine has its own migrations, found by the context type, so everything that asks for a TempoDbContext gets the right set.
        // Contexts are pooled: making one (its services, its change tracker) was a measurable part of an uncached page.
        // The scope's end disposes the context, which returns it to the pool, reset.
        services.AddSingleton(provider => provider.GetRequiredService<DatabaseEngine>().ContextPool(provider.GetRequiredService<DbContextOptions<TempoDbContext>>()));
        services.Replace(ServiceDescriptor.Scoped<TempoDbContext>(provider => provider.GetRequiredService<IDbContextFactory<TempoDbContext>>().CreateDbContext()));
        services.AddSingleton<IPhotoFrameSource, PhotoFrames>();
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database", tags: [HealthEndpoints.ReadinessTag]);
        return services;
    }

    /// <summary>The configured engine (Database:Provider, default SQLite) on the configured database; a name that is neither stops start-up.</summary>
    public static DatabaseEngine Engine(IConfiguration configuration, string appRoot)
    {
        var name = configuration[ProviderSetting];
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return SqliteEngine.Configured(connectionString, appRoot);
        if (name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            return PostgresEngine.Configured(connectionString);
        throw new StartupProblem($"{ProviderSetting} \"{name}\" is not a known database provider; use Sqlite (the default) or Postgres.");
    }
}
