using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>Pratinjau: the typed body through the reader's own rendering (embeds as facades, photos in the text with their renditions), shown under the form.</summary>
public static class FormPreview
{
    /// <summary>The rendered body; null, with the reason on the body field, when it is past the save-time limits.</summary>
    public static HtmlString? Render(string? body, ModelStateDictionary state, InlinePhotoLookup photos)
    {
        // CASE: past the save-time limits nothing is rendered; the form says why (docs/security.md, rule 8).
        var preview = MarkdownRenderer.PreviewOf(body ?? "", out var bodyProblem, photos) is { } rendered
            ? EmbedFacades.Apply(InlinePhotos.Apply(rendered.Value!), out _)
            : null;
        if (bodyProblem is not null) state.AddModelError("Input.Body", bodyProblem);
        return preview;
    }
}
