using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Accounts;

/// <summary>
/// With Security:RequireTwoFactorForAdmins, an admin without two-step sign-in reaches no editor page but its setup
/// (and logout), so the first sign-in walks them through it. Applied to the editor area's pages (EditorArea).
/// </summary>
public sealed class TwoFactorRequirement(IOptions<SecurityOptions> security, UserManager<StaffUser> users) : IAsyncPageFilter
{
    private static readonly string[] AlwaysOpen = ["/Account/TwoFactor", "/Account/Logout", "/Account/Login", "/Account/LoginTwoFactor", "/Account/Denied"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await MustSetUpAsync(context)) context.Result = new RedirectResult(UrlMap.EditorTwoFactorSetup);
        else await next();
    }

    private async Task<bool> MustSetUpAsync(PageHandlerExecutingContext context)
    {
        var page = context.ActionDescriptor;
        var user = context.HttpContext.User;
        if (!security.Value.RequireTwoFactorForAdmins || AlwaysOpen.Contains(page.ViewEnginePath)) return false;
        if (!user.IsInRole(StaffRoles.Admin)) return false;
        return await users.GetUserAsync(user) is { TwoFactorEnabled: false };
    }

    public static bool RequiredFor(SecurityOptions security, System.Security.Claims.ClaimsPrincipal user) =>
        security.RequireTwoFactorForAdmins && user.IsInRole(StaffRoles.Admin);
}
