using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

public class DeniedModel(ILogger<DeniedModel> log) : PageModel
{
    public void OnGet(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        log.LogWarning("Access denied to {User} for {Path}", User.Identity?.Name, returnUrl);
    }
}
