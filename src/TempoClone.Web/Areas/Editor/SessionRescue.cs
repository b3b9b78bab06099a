using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Accounts;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor;

/// <summary>
/// A save posted after the staff session ended is kept, not lost. Each article form carries an owner token (the staff
/// member and the article, encrypted and signed by data protection); when sign-in is demanded for a form POST that carries
/// a valid one, its fields (and a newly chosen photo, checked and kept in the pending upload area) go into the owner's
/// autosave slot, and the sign-in page returns them to that form, restored, to finish the save with one click.
/// </summary>
/// <remarks>
/// Why this is safe without a session: only a form the server rendered for that person holds the token (a cross-site
/// page cannot read it), and antiforgery still applies: the form's token must pair with the browser's antiforgery
/// cookie and have been issued to the owner, so the token alone, copied elsewhere, keeps nothing. A disabled account's
/// token keeps nothing; a token lives only as long as a session can, plus an hour. It writes nothing but that person's
/// own slot for that article, the fields are the form's own and size-limited, and the slot is shown to nobody but its
/// owner, signed in again. docs/decisions.md has the rest.
/// </remarks>
public sealed partial class SessionRescue(IDataProtectionProvider protection, TimeProvider clock, TempoDbContext db, ArticleAutosaves autosaves, PhotoStore photos,
    IAntiforgery antiforgery, IOptions<SecurityOptions> security, ILogger<SessionRescue> log)
{
    public const string FieldName = "FormOwner";

    /// <summary>The query that makes the article form load the autosave slot in place of the saved version.</summary>
    public const string RestoreQuery = "pulihkan";

    /// <summary>The longest body read without a session: the article form with its largest photo.</summary>
    public const long MaxBytes = PhotoStore.MaxBytes + 1024 * 1024;

    /// <summary>The longest a session can last (<see cref="SessionLifetime"/>), plus an hour to post the form after it ended.</summary>
    public TimeSpan TokenLifetime => SessionLifetime.Limit(security.Value) + TimeSpan.FromHours(1);

    private IDataProtector Protector => protection.CreateProtector("TempoClone.Editor.FormOwner");

    public string TokenFor(string staffId, int articleId) =>
        Protector.Protect($"{articleId}:{clock.GetUtcNow().UtcTicks}:{staffId}");

    /// <summary>The form's owner and article, if the token is ours and recent.</summary>
    public (string StaffId, int ArticleId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000) return null;
        string text;
        try
        {
            text = Protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = text.Split(':', 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], out var articleId) || !long.TryParse(parts[1], out var ticks)) return null;
        return clock.GetUtcNow().UtcTicks - ticks < TokenLifetime.Ticks ? (parts[2], articleId) : null;
    }

    public static string RestoreUrl(int articleId) =>
        UrlMap.EditArticle(articleId == ArticleAutosave.NewArticle ? null : articleId) + "?" + RestoreQuery + "=true";

    /// <summary>Runs before the sign-in redirect (or the 401 a script gets): keeps the form if it is an article form its owner posted.</summary>
    public static async Task KeepFormAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || ArticleFormPath().Match(request.Path.Value ?? "") is not { Success: true } path) return;
        // CASE: nothing is read from a post that cannot be an owner's form: one without the browser's antiforgery cookie,
        // or one longer than the form with its largest photo (or of unknown length).
        var antiforgeryCookie = context.HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        if (request.ContentLength is not (> 0 and <= MaxBytes) || !request.Cookies.ContainsKey(antiforgeryCookie)) return;

        var articleId = path.Groups[1].Success ? int.Parse(path.Groups[1].Value) : ArticleAutosave.NewArticle;
        var rescue = context.HttpContext.RequestServices.GetRequiredService<SessionRescue>();
        if (await rescue.KeepAsync(context.HttpContext, articleId, request.Query["handler"].ToString()))
            context.RedirectUri = request.PathBase + context.Options.LoginPath + QueryString.Create(context.Options.ReturnUrlParameter, RestoreUrl(articleId));
    }

    private async Task<bool> KeepAsync(HttpContext http, int articleId, string handler)
    {
        var ct = http.RequestAborted;
        var form = await http.Request.ReadFormAsync(ct);
        if (Read(form[FieldName]) is not { } owner || owner.ArticleId != articleId || ArticleAutosaves.FieldsOf(form) is not { } fields) return false;
        var account = await db.Users.Where(u => u.Id == owner.StaffId).Select(u => new { u.UserName, u.LockoutEnd }).SingleOrDefaultAsync(ct);
        // CASE: a disabled (or locked) account's forms are not kept: disabling ends everything the person could still do.
        if (account?.UserName is not { } userName || account.LockoutEnd > clock.GetUtcNow()) return false;
        if (!await FromOwnersBrowserAsync(http, owner.StaffId))
        {
            log.LogWarning("Form for {User} on article {ArticleId} posted after the session ended without a valid antiforgery token; not kept", userName, articleId);
            return false;
        }

        if (form.Files["PhotoUpload"] is { Length: > 0 } upload && (await photos.SaveAsync(upload, userName, ct)).Path is { } photoPath)
        {
            fields["Input.PhotoPath"] = photoPath;
            fields["Input.RemovePhoto"] = "false";
        }
        // CASE: an autosave sent as the session ended is kept like any other; a button's save is also remembered, to finish it.
        var pending = handler is "" or "Publish" or "Schedule" ? handler : null;
        await autosaves.WriteAsync(owner.StaffId, articleId, fields, pending, ct);
        log.LogInformation("Form of {User} on article {ArticleId} kept after the session ended ({Handler})", userName, articleId, handler);
        return true;
    }

    /// <summary>
    /// Antiforgery as for a signed-in post, the owner standing in for the ended session: the form's token was issued to
    /// the owner (antiforgery ties it to their user id) and must pair with this browser's antiforgery cookie.
    /// </summary>
    private async Task<bool> FromOwnersBrowserAsync(HttpContext http, string staffId)
    {
        var anonymous = http.User;
        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, staffId)], nameof(SessionRescue)));
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        finally
        {
            http.User = anonymous;
        }
    }

    [GeneratedRegex(@"^/editor/articles/edit(?:/(\d{1,9}))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleFormPath();
}
