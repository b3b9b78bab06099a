using Microsoft.AspNetCore.Mvc.ViewFeatures;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// "Urungkan" after a destructive action: the action's message comes with a button that posts back to a handler doing
/// the opposite (restore from the trash, publish again, restore the revision that was current). Works without script.
/// </summary>
public static class UndoOffer
{
    public const string Key = "Undo";

    public static void Offer(this ITempDataDictionary tempData, string message, string undoPostUrl)
    {
        Shared.Flash.Tell(tempData, message);
        tempData.OfferUndo(undoPostUrl);
    }

    /// <summary>An undo beside a message told otherwise.</summary>
    public static void OfferUndo(this ITempDataDictionary tempData, string undoPostUrl) => tempData[Key] = undoPostUrl;

    /// <summary>Only our own editor handlers are offered as a button target.</summary>
    public static bool IsEditorPost(string url) => url.StartsWith(UrlMap.Editor + "/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);
}
