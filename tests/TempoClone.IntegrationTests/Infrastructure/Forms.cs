using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TempoClone.IntegrationTests.Infrastructure;

public sealed record FileField(string Name, string FileName, byte[] Bytes, string ContentType);

/// <summary>Posts a parsed HTML form as a browser would: its fields (the antiforgery token included), overrides, the pressed button.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        IReadOnlyDictionary<string, string>? values = null, IHtmlButtonElement? button = null, FileField? file = null)
    {
        var fields = FieldsOf(form);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        if (button is { Name: { Length: > 0 } buttonName }) fields.Add(new(buttonName, button.Value));

        var action = button?.HasAttribute("formaction") == true ? button.FormAction : form.Action;
        HttpContent content;
        if (form.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
            if (file is not null)
            {
                var bytes = new ByteArrayContent(file.Bytes);
                bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
                multipart.Add(bytes, file.Name, file.FileName);
            }
            content = multipart;
        }
        else content = new FormUrlEncodedContent(fields);

        return await client.PostAsync(action, content);
    }

    /// <summary>GETs a page and posts its form (the first matching <paramref name="formSelector"/>).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, string formSelector,
        IReadOnlyDictionary<string, string>? values = null, string? buttonSelector = null, FileField? file = null)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        var button = buttonSelector is null ? null : form.QuerySelector<IHtmlButtonElement>(buttonSelector)
            ?? throw new InvalidOperationException($"No button {buttonSelector} in {formSelector} on {url}");
        return await client.SubmitAsync(form, values, button, file);
    }

    public static Task<HttpResponseMessage> SubmitLoginAsync(this HttpClient client, string email, string password, string? returnUrl = null) =>
        client.SubmitFormAsync("/editor/account/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>This session's antiforgery token, read from a form every staff member can open: it is valid for every form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client) =>
        (await client.GetDocumentAsync("/editor/account/password")).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;

    /// <summary>A POST crafted by hand, as a client past the UI would send it, with a valid antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync()))));

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "file" or "reset" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input when input.Name is { Length: > 0 }:
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null) fields.Add(new(select.Name, option.Value));
                    break;
                case IHtmlTextAreaElement textArea when textArea.Name is { Length: > 0 }:
                    fields.Add(new(textArea.Name, textArea.Value));
                    break;
            }
        }
        return fields;
    }
}
