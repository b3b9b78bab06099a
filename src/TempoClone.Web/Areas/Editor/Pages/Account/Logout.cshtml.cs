using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

public class LogoutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ILogger<LogoutModel> log) : PageModel
{
    public IActionResult OnGet() => Redirect(UrlMap.Editor);

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            // A new security stamp makes every copy of the old cookie worthless, not just this browser's.
            await users.UpdateSecurityStampAsync(user);
            log.LogInformation("Logout by {Email}", user.Email);
        }
        await signIn.SignOutAsync();
        return Redirect(UrlMap.EditorLogin);
    }
}
