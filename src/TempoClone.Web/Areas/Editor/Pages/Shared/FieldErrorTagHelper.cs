using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TempoClone.Web.Areas.Editor.Pages.Shared;

/// <summary>
/// Ties a field to its validation message for assistive technology: an invalid field gets <c>aria-invalid="true"</c> and is
/// described by its message (<c>aria-describedby</c>), and each <c>asp-validation-for</c> message gets the id for that.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = MessageForAttribute)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string MessageForAttribute = "asp-validation-for";

    [HtmlAttributeName(ForAttribute)] public ModelExpression? For { get; set; }
    [HtmlAttributeName(MessageForAttribute)] public ModelExpression? MessageFor { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    // After the built-in helpers, which write id, name and the message.
    public override int Order => 1000;

    /// <summary>The id of a field's message: "Input.Title" → "Input_Title-error".</summary>
    public static string MessageId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (MessageFor is not null)
        {
            output.Attributes.SetAttribute("id", MessageId(MessageFor.Name));
            return;
        }
        var name = For!.Name;
        if (ViewContext.ViewData.ModelState.GetFieldValidationState(name) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : "";
        output.Attributes.SetAttribute("aria-describedby", describedBy + MessageId(name));
    }
}
