using Microsoft.AspNetCore.Mvc.ModelBinding;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.FrontPage;

/// <summary>Reads the Halaman depan forms' typed values: the bar, and end times (WIB, in the future).</summary>
public static class FrontPageFields
{
    public static BreakingNews? Read(BarInput input, DateTime nowUtc, string timeExample, ModelStateDictionary errors)
    {
        var label = input.Label?.Trim() ?? "";
        if (!BreakingNews.Labels.Contains(label)) errors.AddModelError("Bar.Label", "Pilih label: " + string.Join(" atau ", BreakingNews.Labels) + ".");
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0) errors.AddModelError("Bar.Text", "Isi teks bar.");
        else if (text.Length > BreakingNews.MaxTextLength) errors.AddModelError("Bar.Text", $"Teks bar paling banyak {BreakingNews.MaxTextLength} karakter.");
        var link = input.Link?.Trim() ?? "";
        if (link.Length > 0 && !IsSafeLink(link))
            errors.AddModelError("Bar.Link", "Tautan harus alamat di situs ini (mulai dengan /, misalnya /nasional) atau alamat lengkap yang dimulai https://.");
        var endsAt = ReadEndTime(input.EndsAt, required: true, "Bar", "Bar.EndsAt", nowUtc, timeExample, errors);
        if (!errors.IsValid || endsAt is null) return null;
        return new BreakingNews { Label = label, Text = text, Link = link, EndsAtUtc = endsAt.Value };
    }

    /// <summary>An end time to give as an example: a whole hour, three hours ahead (always valid when read).</summary>
    public static string TimeExample(DateTime nowUtc) =>
        JakartaTime.TypedTime(new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc).AddHours(3));

    /// <summary>A typed WIB end time that is still to come; null when empty (or wrong: then an error at <paramref name="key"/>).</summary>
    public static DateTime? ReadEndTime(string? text, bool required, string what, string key, DateTime nowUtc, string timeExample, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.AddModelError(key, $"{what}: isi waktu berakhir (WIB), misalnya {timeExample}.");
            return null;
        }
        if (JakartaTime.ParseInput(text) is not { } utc)
        {
            errors.AddModelError(key, $"{what}: waktu berakhir tidak terbaca. Tulis hh/bb/tttt jj:mm, misalnya {timeExample}.");
            return null;
        }
        if (utc <= nowUtc)
        {
            errors.AddModelError(key, $"{what}: waktu berakhir sudah lewat. Tulis waktu yang akan datang, misalnya {timeExample}.");
            return null;
        }
        return utc;
    }

    // CASE: "//evil.example" and "/\evil.example" start with a slash but leave the site; javascript: is no address at all.
    private static bool IsSafeLink(string link) =>
        link.Length <= BreakingNews.MaxLinkLength
        && (link.StartsWith('/') && !link.StartsWith("//") && !link.StartsWith("/\\")
            || Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
