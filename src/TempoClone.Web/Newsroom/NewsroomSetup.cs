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
        services.AddSingleton<PublicPhotos>();
        services.AddScoped<PhotoFramer>();
        services.AddCheckedOptions<StaffWorkLimitOptions>(StaffWorkLimitOptions.Section);
        services.AddSingleton<StaffWorkLimits>();
        services.AddScoped<NewsroomEvents>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<SiteWriter>();
        services.AddSingleton<ScheduledArticles>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledArticles>());
        // What follows every change the public can see (NewsroomEvents); a new reaction is one more line here.
        services.AddNewsroomSubscriber<NewsroomEvent, AuditLog>();
        // The stored sitemap files go stale before the reader cache evicts (SitemapStaleness says why).
        services.AddNewsroomSubscriber<NewsroomEvent, SitemapStaleness>();
        services.AddNewsroomSubscriber<NewsroomEvent, ReaderPagesEviction>();
        services.AddScoped<ReviewDesk>();
        services.AddNewsroomSubscriber<ArticleEvent, ReviewEnds>();
        services.AddNewsroomSubscriber<ArticleEvent, ReviewNotifications>();
        services.AddSingleton<INewsroomSubscriber<ArticleEvent>>(provider => provider.GetRequiredService<ScheduledArticles>());
        services.AddSingleton<FrontPageExpiry>();
        services.AddHostedService(provider => provider.GetRequiredService<FrontPageExpiry>());
        services.AddSingleton<INewsroomSubscriber<FrontPageChanged>>(provider => provider.GetRequiredService<FrontPageExpiry>());
        // The editor area's conventions ask StaffAccess itself, the same rule the handlers ask.
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.PublisherPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.IsPublisher()))
            .AddPolicy(StaffRoles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.MayManageStaff()));
        return services;
    }

    /// <summary>
    /// Serves uploaded photos at /media, only as the three image types the store writes, and only photos a live story
    /// shows (<see cref="PublicPhotos"/>: the rest for staff alone). Every file name is new (a GUID, and a width for
    /// renditions) and a file never changes, so ETags answer repeat requests with 304.
    /// </summary>
    public static IApplicationBuilder UseMediaFiles(this WebApplication app)
    {
        var folder = Directory.CreateDirectory(app.Services.GetRequiredService<PhotoStore>().MediaFolder).FullName;
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var (extension, type) in PhotoRenditions.ContentTypes) types.Mappings[extension] = type;
        var photos = app.Services.GetRequiredService<PublicPhotos>();
        app.Map(UrlMap.Media, media => media.Use(async (context, next) =>
        {
            if (await photos.MayServeAsync(context)) await next(context);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
        }).UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            ContentTypeProvider = types,
        }));
        return app;
    }
}
