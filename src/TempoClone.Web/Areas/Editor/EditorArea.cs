using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Accounts;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor;

/// <summary>The newsroom's pages under /editor, protected by convention: whoever adds a page, it needs a staff login.</summary>
public static class EditorArea
{
    public const string Name = "Editor";

    public static IServiceCollection AddEditorArea(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeAreaFolder(Name, "/");
            options.Conventions.AllowAnonymousToAreaPage(Name, "/Account/Login");
            options.Conventions.AllowAnonymousToAreaPage(Name, "/Account/LoginTwoFactor");
            options.Conventions.AuthorizeAreaFolder(Name, "/Staff", StaffRoles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage(Name, "/Picks", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaFolder(Name, "/FrontPage", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaFolder(Name, "/Review", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaPage(Name, "/Trash", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaPage(Name, "/Audit", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaPage(Name, "/Kanal", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaPage(Name, "/Articles/Corrections", StaffRoles.PublisherPolicy);
            options.Conventions.AuthorizeAreaFolder(Name, "/SitePages", StaffRoles.AdminPolicy);
            options.Conventions.AddAreaPageRouteModelConvention(Name, "/Uploads/Show", model =>
            {
                foreach (var selector in model.Selectors) selector.AttributeRouteModel!.Template = UrlMap.EditorUploadTemplate[1..];
            });
            // On the editor's pages only: a reader's page would otherwise build Identity's UserManager on every request.
            options.Conventions.AddAreaFolderApplicationModelConvention(Name, "/", model => model.Filters.Add(new TypeFilterAttribute(typeof(TwoFactorRequirement))));
        });
        services.AddScoped<ArticleFormReader>();
        services.AddScoped<RevisionComparison>();
        services.AddScoped<PresenceBoard>();
        services.AddScoped<EditConflict.Reader>();
        services.AddScoped<Pages.Media.MediaLibrary>();
        services.AddScoped<Pages.Articles.TitleSearch>();
        services.AddScoped<Pages.Articles.BulkActions>();
        services.AddScoped<Pages.Articles.FormReferences>();
        services.AddScoped<Pages.Articles.ArticleFormFacts>();
        services.AddScoped<ArticleAutosaves>();
        services.AddScoped<Pages.FrontPage.FrontPageDesk>();
        services.AddScoped<Pages.Articles.ReviewPanel>();
        services.AddScoped<Pages.DeskCounts>();
        services.AddScoped<SessionRescue>();
        // Identity's cookie is configured by Accounts; the editor adds what happens to a form posted after the session ended.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure(options =>
        {
            var redirect = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = async context =>
            {
                await SessionRescue.KeepFormAsync(context);
                await redirect(context);
            };
        });
        return services;
    }
}
