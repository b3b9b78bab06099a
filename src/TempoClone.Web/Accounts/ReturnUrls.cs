using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Accounts;

/// <summary>Where signing in sends the person next: a path on this site, in a form a Location header can carry.</summary>
public static partial class ReturnUrls
{
    /// <summary>
    /// Only a path on this site; "https://evil.example", "//evil.example" and "/\evil.example" go to the editor home.
    /// Characters a Location header may not carry (non-ASCII such as "/é", spaces, controls) are percent-encoded:
    /// left raw, the server refuses the header and the sign-in ends in a 500 without its cookie.
    /// </summary>
    public static string Safe(string? returnUrl, IUrlHelper url) =>
        returnUrl is { Length: < 2000 } && url.IsLocalUrl(returnUrl) ? HeaderSafe(returnUrl) : UrlMap.Editor;

    public static string HeaderSafe(string url) => NotHeaderSafe().Replace(url, m => Uri.EscapeDataString(m.Value));

    [GeneratedRegex(@"[^\x21-\x7E]+")]
    private static partial Regex NotHeaderSafe();
}
