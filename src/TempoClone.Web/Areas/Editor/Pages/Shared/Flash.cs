using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TempoClone.Web.Areas.Editor.Pages.Shared;

/// <summary>The one-time message the editor layout shows after a redirect, with an optional link ("Terbit 14.05 WIB — lihat di situs").</summary>
public static class Flash
{
    public const string MessageKey = "Message";
    public const string LinkKey = "MessageLink";
    public const string LinkTextKey = "MessageLinkText";

    public static void Tell(ITempDataDictionary tempData, string message, string? link = null, string? linkText = null)
    {
        tempData[MessageKey] = message;
        tempData[LinkKey] = link;
        tempData[LinkTextKey] = linkText;
    }
}
