using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

public static class NewsroomSetup
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddSingleton<PhotoStore>();
        services.AddScoped<ArticleWriter>();
        // The role rules of StaffAccess as policies, for the editor area's conventions.
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.PublisherPolicy, policy => policy.RequireRole(StaffAccess.PublisherRoles))
            .AddPolicy(StaffRoles.AdminPolicy, policy => policy.RequireRole(StaffRoles.Admin));
        return services;
    }

    /// <summary>Serves uploaded photos at /media, only as the three image types the store writes.</summary>
    public static IApplicationBuilder UseMediaFiles(this WebApplication app)
    {
        var folder = Directory.CreateDirectory(app.Services.GetRequiredService<PhotoStore>().MediaFolder).FullName;
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[".jpg"] = "image/jpeg";
        types.Mappings[".png"] = "image/png";
        types.Mappings[".webp"] = "image/webp";
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = UrlMap.Media,
            ContentTypeProvider = types,
        });
    }
}
