using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

public static class NewsroomSetup
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddSingleton<PhotoStore>();
        services.AddOptions<StaffWorkLimitOptions>().BindConfiguration(StaffWorkLimitOptions.Section);
        services.AddSingleton<StaffWorkLimits>();
        services.AddScoped<ArticleWriter>();
        services.AddSingleton<ScheduledArticles>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledArticles>());
        // The editor area's conventions ask StaffAccess itself, the same rule the handlers ask.
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.PublisherPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.IsPublisher()))
            .AddPolicy(StaffRoles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.MayManageStaff()));
        return services;
    }

    /// <summary>
    /// Serves uploaded photos at /media, only as the three image types the store writes. Every file name is new
    /// (a GUID, and a width for renditions) and a file never changes, so browsers and proxies may keep it for a year.
    /// </summary>
    public static IApplicationBuilder UseMediaFiles(this WebApplication app)
    {
        var folder = Directory.CreateDirectory(app.Services.GetRequiredService<PhotoStore>().MediaFolder).FullName;
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var (extension, type) in PhotoRenditions.ContentTypes) types.Mappings[extension] = type;
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = UrlMap.Media,
            ContentTypeProvider = types,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = WebRootFiles.ImmutableForAYear,
        });
    }
}
